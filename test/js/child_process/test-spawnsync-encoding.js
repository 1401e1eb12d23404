'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const r = cp.spawnSync('printf', ['h\\303\\251'], { encoding: 'utf8' });
assert.strictEqual(r.stdout, 'h\u00e9');
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(r.output, [null, 'h\u00e9', '']);
