// A .cts entry point is CommonJS whatever the package says.
const assert = require('assert');
const shape: { a: number; b: number; file: string } = require('../../fixtures/typescript/cjs.cts');
assert.strictEqual(shape.a + shape.b, 3);
assert.ok(shape.file.endsWith('cjs.cts'));
assert.ok(__filename.endsWith('.cts'));
assert.strictEqual(require.main, module);
