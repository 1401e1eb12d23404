'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'sleep 0.2'], { stdio: 'ignore' });
child.unref();
child.ref();
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
