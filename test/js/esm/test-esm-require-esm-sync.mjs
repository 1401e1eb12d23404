// require(esm): the namespace, with __esModule when there is a default export.
import assert from 'node:assert';

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const sync = require('../../fixtures/esm2/esm/sync.mjs');
const noDefault = require('../../fixtures/esm2/esm/no-default.mjs');
assert.strictEqual(sync.sync, 1);
assert.strictEqual(sync.default, 'sync-default');
assert.strictEqual(sync.__esModule, true);
assert.strictEqual(noDefault.only, 1);
assert.strictEqual('__esModule' in noDefault, false);
assert.strictEqual(Object.prototype.toString.call(noDefault), '[object Module]');
