'use strict';
const assert = require('assert');
const timers = require('timers');
assert.deepStrictEqual(Object.keys(timers),
  ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'promises']);
assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(timers.setImmediate, setImmediate);
assert.strictEqual(require('node:timers'), timers);
