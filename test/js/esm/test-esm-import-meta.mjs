// import.meta: url, filename, dirname, main, resolve.
import assert from 'node:assert';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const filename = fileURLToPath(import.meta.url);
assert.strictEqual(import.meta.filename, filename);
assert.strictEqual(import.meta.dirname, path.dirname(filename));
assert.strictEqual(import.meta.main, true);
assert.ok(import.meta.url.startsWith('file:///'));
assert.deepStrictEqual(Object.keys(import.meta), ['dirname', 'filename', 'main', 'resolve', 'url']);
assert.strictEqual(Object.getPrototypeOf(import.meta), null);

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/esm');
assert.strictEqual(import.meta.resolve('../../fixtures/esm/counter.mjs'), pathToFileURL(`${fixtures}/counter.mjs`).href);
// a file that does not exist still resolves to its URL
assert.strictEqual(import.meta.resolve('./not-here.js'), new URL('./not-here.js', import.meta.url).href);
assert.strictEqual(import.meta.resolve('fs'), 'node:fs');
assert.strictEqual(import.meta.resolve('node:path'), 'node:path');
assert.throws(() => import.meta.resolve('no-such-package-anywhere'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package-anywhere' imported from ${filename}`,
});

// a module that is not the entry point
const meta = (await import('../../fixtures/esm/meta.mjs')).meta;
assert.strictEqual(meta.main, false);
assert.strictEqual(meta.filename, `${fixtures}/meta.mjs`);
assert.strictEqual(meta.dirname, fixtures);
console.log('ok');
