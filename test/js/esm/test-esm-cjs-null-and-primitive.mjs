// module.exports may be null or a primitive: only the default export.
import assert from 'node:assert';

import * as n from '../../fixtures/esm2/cjs/null.cjs';
import * as p from '../../fixtures/esm2/cjs/primitive.cjs';
assert.strictEqual(n.default, null);
assert.strictEqual(p.default, 42);
assert.deepStrictEqual(Object.keys(p), ['default', 'module.exports']);
