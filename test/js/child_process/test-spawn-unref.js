'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// An unref'd child does not keep the parent alive.
const child = cp.spawn('sleep', ['3'], { stdio: 'ignore' });
child.unref();
child.on('exit', common.mustNotCall());
process.on('exit', () => child.kill('SIGKILL'));
