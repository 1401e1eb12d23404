// module.exports = { ... } names its properties up to the first one that is not a plain name.
import assert from 'node:assert';

import def, * as ns from '../../fixtures/esm2/cjs/object-literal.cjs';
// the lexer stops at the first value that is not a name (`"z": 3`)
assert.deepStrictEqual(Object.keys(ns), ['default', 'module.exports', 'x', 'y']);
assert.deepStrictEqual([ns.x, ns.y, def.z, def.w], [1, 2, 3, 3]);
