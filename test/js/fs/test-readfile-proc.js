'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');

// /proc files report size 0 but have content
const s = fs.readFileSync('/proc/self/status', 'utf8');
assert.ok(s.length > 0);
assert.match(s, /^Name:/);
assert.strictEqual(fs.statSync('/proc/self/status').size, 0);
assert.strictEqual(fs.readFileSync('/dev/null').length, 0);
