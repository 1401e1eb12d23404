// createRequire from an ES module: relative to the module, with require.resolve and cache.
import assert from 'node:assert';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
assert.strictEqual(require('../../fixtures/esm2/cjs/exports-dot.js').a, 1);
assert.strictEqual(require.resolve('../../fixtures/esm2/cjs/exports-dot.js'), new URL('../../fixtures/esm2/cjs/exports-dot.js', import.meta.url).pathname);
assert.throws(() => createRequire('relative/path'), { code: 'ERR_INVALID_ARG_VALUE' });
