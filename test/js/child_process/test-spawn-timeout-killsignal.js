'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30'], { timeout: 50, killSignal: 'SIGINT' });
child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
assert.throws(() => cp.spawn('true', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.spawn('true', { killSignal: 'SIGFOO' }), { code: 'ERR_UNKNOWN_SIGNAL' });
