/**
 * @actions/cache as a bundle of its own (dist/actions-cache.js): with the Azure storage client
 * under it, it is larger than everything else together, and only steps that use the cache load it.
 */
export { isFeatureAvailable, restoreCache, saveCache } from '@actions/cache';
