// A .js file without module syntax stays CommonJS; import() alone does not make a module.
import assert from 'node:assert';

import cjs from '../../fixtures/esm2/detect/cjs-syntax.js';
import dyn from '../../fixtures/esm2/detect/dynamic-import-only.js';
assert.deepStrictEqual(cjs, { cjs: true, hasRequire: 'function' });
assert.strictEqual((await dyn.load()).a, 1);
