// export default of a function declaration and of an expression.
import assert from 'node:assert';

import fn from '../../fixtures/esm2/esm/default-fn.mjs';
import two from '../../fixtures/esm2/esm/default-expr.mjs';
assert.strictEqual(fn(), 'fn');
assert.strictEqual(fn.name, 'named');
assert.strictEqual(two, 2);
