// A .ts entry point with no module syntax runs as CommonJS, with its types erased.
const assert = require('assert');
const { double } = require('../../fixtures/typescript/basic.ts');
interface Result { value: number }
const r: Result = { value: double(21) };
assert.strictEqual(r.value, 42);
assert.strictEqual(typeof module, 'object');
assert.ok(__filename.endsWith('test-ts-entry-basic.ts'));
