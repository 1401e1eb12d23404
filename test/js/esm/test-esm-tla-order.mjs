// A module importing one with top-level await runs after it.
import assert from 'node:assert';

import { b } from '../../fixtures/esm2/esm/tla-b.mjs';
assert.strictEqual(b, 2);
assert.deepStrictEqual(globalThis.tlaOrder, ['a', 'b']);
