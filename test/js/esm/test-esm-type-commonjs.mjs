// Under "type": "commonjs" a .js file with export syntax is a CommonJS syntax error; .mjs stays ESM.
import assert from 'node:assert';

import { mjs } from '../../fixtures/esm2/type-cjs/mod.mjs';
assert.strictEqual(mjs, true);
await assert.rejects(import('../../fixtures/esm2/type-cjs/esm-syntax.js'), { name: 'SyntaxError' });
