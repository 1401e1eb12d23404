'use strict';
// process.exitCode set in a worker becomes the worker's exit code.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

new Worker('process.exitCode = 5;', { eval: true })
  .on('exit', common.mustCall((code) => assert.strictEqual(code, 5)));
new Worker('setTimeout(() => { process.exitCode = 9; }, 1);', { eval: true })
  .on('exit', common.mustCall((code) => assert.strictEqual(code, 9)));
