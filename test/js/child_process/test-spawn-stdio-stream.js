'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// A stream with an fd (process.stdout) passes that fd on.
const child = cp.spawn('sh', ['-c', 'echo via stream; echo to stderr >&2'], { stdio: ['ignore', process.stdout, process.stderr] });
child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
