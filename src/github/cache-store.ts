/**
 * GitHub's cache service as a CacheStore. @actions/cache is loaded when first used, so the
 * commands that never touch the cache do not pay for loading the Azure storage client.
 * Restore and save must name the same paths (the service keys entries by them too).
 */
import type { CacheStore, RestoreOptions } from '../stores/cache-store.js';

export class GitHubCacheStore implements CacheStore {
  private async cache(): Promise<typeof import('./actions-cache.js')> {
    // The service's address comes from the runner; without it there is no cache to talk to,
    // and no reason to load the 2 MB client to be told so.
    if (!process.env.ACTIONS_CACHE_URL && !process.env.ACTIONS_RESULTS_URL) {
      throw new Error(
        'the GitHub cache service is not available to this job (no ACTIONS_CACHE_URL or ACTIONS_RESULTS_URL)',
      );
    }
    // Beside the bundle at run time (dist/actions-cache.js); the path is not a literal so that
    // the main bundle does not take the module in.
    const cache = (await import(
      new URL('./actions-cache.js', import.meta.url).href
    )) as typeof import('./actions-cache.js');
    if (!cache.isFeatureAvailable()) throw new Error('the GitHub cache service is not available to this job');
    return cache;
  }

  async restore(
    paths: string[],
    key: string,
    restoreKeys: string[],
    options: RestoreOptions = {},
  ): Promise<string | undefined> {
    return (await this.cache()).restoreCache(paths, key, restoreKeys, {
      lookupOnly: options.lookupOnly ?? false,
    });
  }

  async save(paths: string[], key: string): Promise<void> {
    const cache = await this.cache();
    try {
      await cache.saveCache(paths, key);
    } catch (err) {
      // A key that exists already is not an error for us: entries are immutable by design.
      if ((err as Error)?.name === 'ReserveCacheError') return;
      throw err;
    }
  }
}
