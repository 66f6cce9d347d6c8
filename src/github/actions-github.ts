/**
 * @actions/github as a bundle of its own (dist/actions-github.js): Octokit and the fetch client
 * under it are as large as the rest of the action, and only a step that publishes a check run
 * or a comment loads them.
 */
export { getOctokit } from '@actions/github';
