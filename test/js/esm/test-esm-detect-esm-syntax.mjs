// A .js file no "type" claims, with import/export, is an ES module.
import assert from 'node:assert';

import { fromDetected } from '../../fixtures/esm2/detect/esm-syntax.js';
assert.strictEqual(fromDetected, 1);
