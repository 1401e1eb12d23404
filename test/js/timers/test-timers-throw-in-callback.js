'use strict';
const assert = require('assert');
const common = require('../../common');
// An uncaught error in a timer goes to 'uncaughtException'; later timers still run.
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err.message, 'from timer');
  assert.strictEqual(origin, 'uncaughtException');
}));
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(common.mustCall(), 5);
