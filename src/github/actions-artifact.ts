/**
 * @actions/artifact as a bundle of its own (dist/actions-artifact.js): like the cache client it
 * carries the Azure storage client, and only the run and aggregate steps that upload or download
 * load it.
 */
export { DefaultArtifactClient } from '@actions/artifact';
