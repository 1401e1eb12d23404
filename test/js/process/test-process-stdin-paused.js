'use strict';
// A process.stdin nobody reads does not keep the process alive.
require('../../common');
const assert = require('assert');
assert.strictEqual(typeof process.stdin.pause, 'function');
process.stdin.pause();
setTimeout(() => {}, 10);
