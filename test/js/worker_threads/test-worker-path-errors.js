'use strict';
// Worker's argument checks, with Node's codes and messages.
require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

assert.throws(() => new Worker('x.js'), {
  code: 'ERR_WORKER_PATH',
  name: 'TypeError',
  message: "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received \"x.js\"",
});
assert.throws(() => new Worker(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "filename" argument must be of type string or an instance of URL. Received type number (1)',
});
assert.throws(() => new Worker('1', { eval: true, execArgv: ['--not-a-node-flag'] }), {
  code: 'ERR_WORKER_INVALID_EXEC_ARGV',
  message: 'Initiated Worker with invalid execArgv flags: --not-a-node-flag',
});
assert.throws(() => new Worker('1', { eval: true, workerData: () => {} }), {
  name: 'DataCloneError',
});
