'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('head', ['-c', String(5 * 1024 * 1024), '/dev/zero'], { maxBuffer: 10 * 1024 * 1024 });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout.length, 5 * 1024 * 1024);
