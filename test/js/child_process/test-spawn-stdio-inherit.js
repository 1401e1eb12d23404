'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('echo', ['inherited output'], { stdio: 'inherit' });
assert.strictEqual(child.stdout, null);
child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
