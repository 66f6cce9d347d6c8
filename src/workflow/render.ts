/**
 * YAML text of a workflow document, through the `yaml` package's node API so that the output
 * is fixed by the data alone: keys in the order the document has them, multi-line strings as
 * literal blocks (`|`, never folded: a folded `run:` would join shell lines), no line wrapping,
 * `# vX.Y.Z` beside every pinned `uses:`. Pure: the same document gives the same bytes.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { Pinned, type Value, type WorkflowDocument } from './document.js';

function toNode(doc: Document, value: Value): unknown {
  if (value instanceof Pinned) {
    const scalar = doc.createNode(value.uses) as Scalar;
    scalar.comment = ` ${value.version}`;
    return scalar;
  }
  if (Array.isArray(value)) {
    const seq = new YAMLSeq();
    for (const item of value) seq.items.push(toNode(doc, item));
    return seq;
  }
  if (value !== null && typeof value === 'object') {
    const map = new YAMLMap();
    // An empty mapping reads best as `{}` (permissions: {}).
    if (Object.keys(value).length === 0) map.flow = true;
    for (const [key, item] of Object.entries(value))
      map.items.push(new Pair(new Scalar(key), toNode(doc, item)));
    return map;
  }
  const scalar = new Scalar(value);
  if (typeof value === 'string' && value.includes('\n')) scalar.type = Scalar.BLOCK_LITERAL;
  return scalar;
}

export function renderWorkflow(workflow: WorkflowDocument): string {
  const doc = new Document();
  doc.contents = toNode(doc, workflow.body) as YAMLMap;
  doc.commentBefore = workflow.header.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  return doc.toString({ lineWidth: 0, nullStr: '', blockQuote: 'literal', indentSeq: true });
}
