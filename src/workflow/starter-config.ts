/**
 * The text `init` writes (pure): a preset with the schema comment on its first line, or the
 * suites `detect` proposes, with what was found as comments.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { Detection } from './detect.js';

export const PRESETS = ['honua', 'pytest-xdist', 'detect'] as const;
export type Preset = (typeof PRESETS)[number];

/** Editors (the YAML language server) complete and check the file from this comment. */
export function schemaComment(schemaRef: string): string {
  return `# yaml-language-server: $schema=${schemaRef}`;
}

/** A preset's text with its own schema line replaced by one that points at `schemaRef`. */
export function presetConfig(template: string, schemaRef: string): string {
  const lines = template.split('\n');
  const first = lines[0]?.startsWith('# yaml-language-server:') ? 1 : 0;
  return [schemaComment(schemaRef), ...lines.slice(first)].join('\n');
}

export function detectedConfig(detection: Detection, schemaRef: string): string {
  const doc = new Document({
    version: 1,
    suites: detection.suites.map((s) => ({
      name: s.name,
      framework: s.framework,
      ...(s.path !== undefined ? { path: s.path } : {}),
      ...(s.project !== undefined ? { project: s.project } : {}),
      workers: 'auto',
    })),
  });
  const suites = (doc.contents as YAMLMap).get('suites', true);
  if (isSeq(suites)) {
    for (const item of suites.items) {
      if (isMap(item)) item.spaceBefore = false;
    }
  }
  const head = [
    schemaComment(schemaRef),
    '# Proposed by `parallel-tests init --preset detect` from what the repository holds:',
    ...detection.findings.map((f) => `#   ${f}`),
    "# Set each suite's workers (or threads), cores, markers or filter and timeout-minutes;",
    '# `parallel-tests plan --explain` shows the allocation, `parallel-tests generate` the workflow.',
  ];
  return `${head.join('\n')}\n${doc.toString({ lineWidth: 0 })}`;
}
