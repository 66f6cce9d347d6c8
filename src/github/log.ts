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

/**
 * A folded group of the log for a suite's output as it streams: every line inside a
 * stop-commands pair, so nothing a test prints acts on the runner. A line holding the token
 * (it cannot know it, but a program may echo its environment) has it blanked.
 */
export function untrustedGroup(title: string): { line: (text: string) => void; end: () => void } {
  const token = randomUUID();
  core.startGroup(title);
  process.stdout.write(`::stop-commands::${token}\n`);
  let open = true;
  return {
    line: (text) => {
      if (open) process.stdout.write(`${text.split(token).join('[token]')}\n`);
    },
    end: () => {
      if (!open) return;
      open = false;
      process.stdout.write(`::${token}::\n`);
      core.endGroup();
    },
  };
}

/**
 * A program's output (untrusted) and our own messages about it, interleaved: the output goes
 * into an untrustedGroup opened at its first line; what we say while that group is open waits
 * until it is closed, where a warning is a warning again.
 */
export function untrustedSection(title: string): {
  output: (line: string) => void;
  log: (text: string) => void;
  warn: (text: string) => void;
  end: () => void;
} {
  let group: ReturnType<typeof untrustedGroup> | undefined;
  const held: { warning: boolean; text: string }[] = [];
  const say = (text: string, warning: boolean) => {
    if (group) held.push({ warning, text });
    else (warning ? core.warning : core.info)(text);
  };
  return {
    output: (line) => {
      group ??= untrustedGroup(title);
      group.line(line);
    },
    log: (text) => say(text, false),
    warn: (text) => say(text, true),
    end: () => {
      group?.end();
      group = undefined;
      for (const { warning, text } of held.splice(0)) (warning ? core.warning : core.info)(text);
    },
  };
}
