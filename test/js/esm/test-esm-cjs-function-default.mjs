// A function as module.exports is the default export; its properties are named exports.
import assert from 'node:assert';

import greet, { extra } from '../../fixtures/esm2/cjs/function.cjs';
assert.strictEqual(greet('x'), 'hello x');
assert.strictEqual(extra, 1);
