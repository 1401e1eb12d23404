'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// process.kill reaches a child by pid, as the child's own kill does.
const child = cp.spawn('sleep', ['30']);
child.on('spawn', common.mustCall(() => assert.strictEqual(process.kill(child.pid, 'SIGHUP'), true)));
child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGHUP')));
