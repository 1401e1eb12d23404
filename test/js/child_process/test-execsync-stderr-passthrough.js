'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// Without a stdio option, the child's stderr is copied to ours.
const out = cp.execSync('echo visible >&2; echo result');
assert.strictEqual(out.toString(), 'result\n');
