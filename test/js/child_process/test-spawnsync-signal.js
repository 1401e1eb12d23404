'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
assert.strictEqual(r.status, null);
assert.strictEqual(r.signal, 'SIGKILL');
assert.strictEqual(r.error, undefined);
