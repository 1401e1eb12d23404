// import.meta.resolve: relative, bare package, builtin and a file that need not exist.
import assert from 'node:assert';

const base = new URL('../../fixtures/esm2/', import.meta.url).href;
assert.strictEqual(import.meta.resolve('../../fixtures/esm2/esm/live.mjs'), `${base}esm/live.mjs`);
assert.strictEqual(import.meta.resolve('node:fs'), 'node:fs');
assert.strictEqual(import.meta.resolve('fs'), 'node:fs');
assert.strictEqual(import.meta.resolve('./not-there.mjs'), new URL('./not-there.mjs', import.meta.url).href);
assert.throws(() => import.meta.resolve('no-such-package-x'), { code: 'ERR_MODULE_NOT_FOUND' });
