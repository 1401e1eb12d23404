'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('head', ['-c', '100000', '/dev/zero'], { maxBuffer: 100 });
assert.strictEqual(r.error.code, 'ENOBUFS');
assert.strictEqual(r.error.message, 'spawnSync head ENOBUFS');
