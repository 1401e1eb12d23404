// A module namespace: null prototype, sorted keys, toStringTag "Module", not extensible.
import assert from 'node:assert';

import * as ns from '../../fixtures/esm2/esm/ns-reexport.mjs';
assert.strictEqual(Object.getPrototypeOf(ns), null);
assert.deepStrictEqual(Object.keys(ns), ['fn', 'sub']);
assert.strictEqual(ns[Symbol.toStringTag], 'Module');
assert.strictEqual(Object.isExtensible(ns), false);
assert.strictEqual(ns.sub.a, 1);
assert.throws(() => { ns.x = 1; }, TypeError);
