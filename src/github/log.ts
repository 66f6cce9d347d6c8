/** What the action writes to its step's log, through @actions/core. */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import type { Annotation } from '../report/annotations.js';
import { wrapUntrusted } from '../report/workflow-log.js';

/**
 * Text read from result files, timing files or test output (names, messages, tracebacks) into
 * the log, where none of its lines can act as a workflow command.
 */
export function logUntrusted(text: string): void {
  // wrapUntrusted ends with a newline; core.info adds one of its own.
  core.info(wrapUntrusted(text, randomUUID).replace(/\n$/, ''));
}

/** Each annotation as core.error/warning/notice, which escapes data and properties itself. */
export function publishAnnotations(annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    const properties: core.AnnotationProperties = {
      ...(a.title !== undefined ? { title: a.title } : {}),
      ...(a.file !== undefined ? { file: a.file } : {}),
      ...(a.line !== undefined ? { startLine: a.line } : {}),
    };
    if (a.level === 'error') core.error(a.message, properties);
    else if (a.level === 'warning') core.warning(a.message, properties);
    else core.notice(a.message, properties);
  }
}
