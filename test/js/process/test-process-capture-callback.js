'use strict';
const assert = require('assert');
const common = require('../../common');
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
  assert.strictEqual(err.message, 'captured');
}));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
});
process.on('uncaughtException', common.mustNotCall());
setTimeout(() => { throw new Error('captured'); }, 1);
