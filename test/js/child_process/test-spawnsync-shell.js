'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' });
assert.strictEqual(r.stdout, '42\n');
