// import and require() of an ES module share one instance.
import assert from 'node:assert';

import { createRequire } from 'node:module';
import * as ns from '../../fixtures/esm2/esm/live.mjs';
const require = createRequire(import.meta.url);
const viaRequire = require('../../fixtures/esm2/esm/live.mjs');
ns.inc();
assert.strictEqual(viaRequire.count, ns.count);
