// Named exports are the names the lexer finds, valued once when the CommonJS module finishes.
import assert from 'node:assert';

import mod, * as ns from '../../fixtures/esm2/cjs/late.cjs';
assert.strictEqual(ns.early, 1);
// the lexer saw `exports.late =`, but its value is read when the module finishes
assert.strictEqual('late' in ns, true);
assert.strictEqual(ns.late, undefined);
await new Promise((r) => setTimeout(r, 20));
assert.strictEqual(mod.late, 2);
assert.strictEqual(ns.late, undefined);
