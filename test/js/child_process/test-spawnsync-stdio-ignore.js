'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo x; echo y >&2'], { stdio: ['ignore', 'pipe', 'ignore'] });
assert.strictEqual(r.stdout.toString(), 'x\n');
assert.strictEqual(r.stderr, null);
assert.deepStrictEqual(r.output.length, 3);
