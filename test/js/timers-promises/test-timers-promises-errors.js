'use strict';
const common = require('../../common');
const assert = require('assert');
const tp = require('timers/promises');

(async () => {
  // Bad arguments reject; they never throw synchronously.
  const p = tp.setTimeout(1, 'v', 1);
  assert.ok(p instanceof Promise);
  await assert.rejects(p, { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)' });
  await assert.rejects(tp.setTimeout(1, 'v', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)' });
  await assert.rejects(tp.setTimeout(1, 'v', { ref: 1 }), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (1)' });
  await assert.rejects(tp.setTimeout('x'), { code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "delay" argument must be of type number. Received type string (\'x\')' });
  await assert.rejects(tp.setImmediate('v', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(tp.setImmediate('v', { ref: 'no' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(tp.setInterval(1, 'v', 1).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(tp.setInterval('x').next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(tp.scheduler.wait('x'), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
