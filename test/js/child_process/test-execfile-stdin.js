'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.execFile('cat', common.mustSucceed((stdout) => assert.strictEqual(stdout, 'fed\n')));
child.stdin.end('fed\n');
