// Imports are live bindings to the exporter’s variables.
import assert from 'node:assert';

import { count, inc } from '../../fixtures/esm2/esm/live.mjs';
assert.strictEqual(count, 0);
inc(); inc();
assert.strictEqual(count, 2);
assert.throws(() => { count = 5; }, TypeError);
