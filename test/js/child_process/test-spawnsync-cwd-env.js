'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const dir = fs.realpathSync(require('os').tmpdir());
const r = cp.spawnSync('sh', ['-c', 'pwd; echo $V'], { cwd: dir, env: { V: 'w' }, encoding: 'utf8' });
assert.strictEqual(r.stdout, `${dir}\nw\n`);
