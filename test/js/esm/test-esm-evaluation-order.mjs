// Modules run once, depth-first in import order.
import assert from 'node:assert';

import '../../fixtures/esm2/esm/order-3.mjs';
import '../../fixtures/esm2/esm/order-1.mjs';
assert.deepStrictEqual(globalThis.esmOrder, [1, 2, 3]);
