// A .mjs module imports TypeScript modules of every kind.
import assert from 'node:assert';
import { hello } from '../../fixtures/typescript/esm.mts';
import basic from '../../fixtures/typescript/basic.ts';
import { a } from '../../fixtures/typescript/cjs.cts';
assert.strictEqual(hello('x'), 'hi x');
assert.strictEqual(basic.double(3), 6);
assert.strictEqual(a, 1);
