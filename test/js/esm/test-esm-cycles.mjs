// Cyclic imports link, and functions see each other’s bindings once evaluated.
import assert from 'node:assert';

import { a, getB } from '../../fixtures/esm2/esm/cycle-a.mjs';
import { readA, viaA } from '../../fixtures/esm2/esm/cycle-b.mjs';
assert.deepStrictEqual([a, getB(), readA(), viaA()], ['a', 'b', 'a', 'b']);
