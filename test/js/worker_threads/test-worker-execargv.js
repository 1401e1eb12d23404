'use strict';
// execArgv is the worker's process.execArgv; argv entries become strings.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.postMessage([process.execArgv, process.argv.slice(2)]);
`, { eval: true, execArgv: ['--no-deprecation'], argv: [1, true, 'x'] });
w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [['--no-deprecation'], ['1', 'true', 'x']])));
