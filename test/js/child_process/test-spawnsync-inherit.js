'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('echo', ['sync inherited'], { stdio: 'inherit' });
assert.strictEqual(r.status, 0);
assert.deepStrictEqual(r.output, [null, null, null]);
assert.strictEqual(r.stdout, null);
