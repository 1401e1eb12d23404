'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sleep', ['30']);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOPE' });
assert.throws(() => child.kill(12345), { code: 'ERR_UNKNOWN_SIGNAL' });
child.kill('SIGKILL');
child.on('exit', common.mustCall());
