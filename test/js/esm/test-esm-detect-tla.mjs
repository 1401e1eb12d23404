// Top-level await alone makes an ambiguous .js file an ES module.
import assert from 'node:assert';

import { v } from '../../fixtures/esm2/detect/tla.js';
assert.strictEqual(v, 3);
