// import.meta has url, dirname, filename, resolve and main, and nothing is enumerable but them.
import assert from 'node:assert';

import path from 'node:path';
import { fileURLToPath } from 'node:url';
assert.strictEqual(import.meta.filename, fileURLToPath(import.meta.url));
assert.strictEqual(import.meta.dirname, path.dirname(import.meta.filename));
assert.deepStrictEqual(Object.keys(import.meta).sort(), ['dirname', 'filename', 'main', 'resolve', 'url']);
