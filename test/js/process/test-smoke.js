'use strict';
const assert = require('assert');
assert.strictEqual(typeof process.pid, 'number');
