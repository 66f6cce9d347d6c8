import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** ../shared beside the checkout (CI puts it there); PARALLEL_TESTS_SHARED overrides. */
export const SHARED = process.env.PARALLEL_TESTS_SHARED ?? path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const ENRICO = path.join(CORPUS, 'EnricoMi-publish-unit-test-result-action/python/test/files');
