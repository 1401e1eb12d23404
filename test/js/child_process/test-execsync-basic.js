'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const out = cp.execSync('echo sync');
assert.ok(Buffer.isBuffer(out));
assert.strictEqual(out.toString(), 'sync\n');
assert.strictEqual(cp.execSync('printf %s abc', { encoding: 'utf8' }), 'abc');
assert.strictEqual(cp.execSync('cat', { input: 'in', encoding: 'utf8' }), 'in');
