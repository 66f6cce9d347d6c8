/**
 * GitHub's artifact service as an ArtifactStore, over @actions/artifact (its results-service
 * Twirp API and the signed blob URLs it hands out). The client is loaded when first used, so
 * the steps that never upload do not pay for the Azure storage client under it.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { InfrastructureError } from '../errors.js';
import type { ArtifactEntry, ArtifactStore, Uploaded, UploadOptions } from '../stores/artifact-store.js';
import { LocalArtifactStore } from '../stores/local-artifact-store.js';

type ArtifactModule = typeof import('./actions-artifact.js');

/** Beside the bundle at run time (dist/actions-artifact.js); not a literal, so index.js does not take it in. */
const loadBundle = async (): Promise<ArtifactModule> =>
  (await import(new URL('./actions-artifact.js', import.meta.url).href)) as ArtifactModule;

async function filesBelow(dir: string): Promise<string[]> {
  const items = await readdir(dir, { withFileTypes: true, recursive: true });
  return items
    .filter((i) => i.isFile())
    .map((i) => path.join(i.parentPath, i.name))
    .sort();
}

export class GitHubArtifactStore implements ArtifactStore {
  private client?: InstanceType<ArtifactModule['DefaultArtifactClient']>;

  /** `load` gives the client module: the bundle beside index.js, or the source in tests. */
  constructor(private readonly load: () => Promise<ArtifactModule> = loadBundle) {}

  private async artifacts(): Promise<InstanceType<ArtifactModule['DefaultArtifactClient']>> {
    if (!this.client) {
      const { DefaultArtifactClient } = await this.load();
      this.client = new DefaultArtifactClient();
    }
    return this.client;
  }

  async upload(name: string, dir: string, options: UploadOptions = {}): Promise<Uploaded> {
    const files = await filesBelow(dir);
    const client = await this.artifacts();
    const result = await client.uploadArtifact(name, files, dir, {
      ...(options.retentionDays !== undefined ? { retentionDays: options.retentionDays } : {}),
    });
    return { location: `artifact ${result.id ?? '?'}`, files: files.length, bytes: result.size ?? 0 };
  }

  async list(prefix: string): Promise<ArtifactEntry[]> {
    const { artifacts } = await (await this.artifacts()).listArtifacts();
    return artifacts
      .filter((a) => a.name.startsWith(prefix))
      .map((a) => ({ name: a.name, id: String(a.id), bytes: a.size }));
  }

  async download(entry: ArtifactEntry, dir: string): Promise<void> {
    await (await this.artifacts()).downloadArtifact(Number(entry.id), { path: dir });
  }
}

export interface ArtifactStoreChoice {
  store: ArtifactStore;
  /** One line for the log: which store and why. */
  description: string;
}

/**
 * Which store the action uses: PARALLEL_TESTS_ARTIFACTS_DIR names a folder (a self-hosted
 * runner's shared disk, or a test), else GitHub's artifact service when the runner gives the
 * job its address and token (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN), else none.
 */
export function pickArtifactStore(env: NodeJS.ProcessEnv, run: string): ArtifactStoreChoice | undefined {
  const dir = env.PARALLEL_TESTS_ARTIFACTS_DIR;
  if (dir) {
    return {
      store: new LocalArtifactStore({ root: dir, run }),
      description: `artifacts in ${path.join(dir, run)} (PARALLEL_TESTS_ARTIFACTS_DIR)`,
    };
  }
  if (env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN)
    return { store: new GitHubArtifactStore(), description: "GitHub's artifact service" };
  return undefined;
}

/** The store, or the reason there is none, for a step that cannot go on without one. */
export function requireArtifactStore(env: NodeJS.ProcessEnv, run: string): ArtifactStoreChoice {
  const choice = pickArtifactStore(env, run);
  if (!choice) {
    throw new InfrastructureError(
      'no artifact store: this job has no artifact service (ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN unset) and PARALLEL_TESTS_ARTIFACTS_DIR names no folder',
    );
  }
  return choice;
}
