/**
 * The workflow as data: plain objects whose keys are in the order they are written, plus
 * `Pinned` for a `uses:` value that carries its version comment. Pure.
 */

/** A `uses:` value: `owner/repo@<sha>`, written with `# <version>` beside it. */
export class Pinned {
  constructor(
    readonly uses: string,
    readonly version: string,
  ) {}
}

export type Value = string | number | boolean | null | Pinned | Value[] | { [key: string]: Value };
export type Mapping = { [key: string]: Value };

export interface WorkflowDocument {
  /** Comment lines above the document (without the leading "# "). */
  header: string[];
  body: Mapping;
}
