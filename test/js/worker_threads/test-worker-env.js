'use strict';
// A worker gets a copy of process.env (or options.env); its changes stay its own.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

process.env.N4J_WORKER_ENV_TEST = 'parent';
const code = `
  const { parentPort } = require('worker_threads');
  const before = process.env.N4J_WORKER_ENV_TEST;
  process.env.N4J_WORKER_ENV_TEST = 'child';
  parentPort.postMessage([before, process.env.ONLY_HERE]);
`;
new Worker(code, { eval: true }).on('message', common.mustCall((m) => {
  assert.deepStrictEqual(m, ['parent', undefined]);
  assert.strictEqual(process.env.N4J_WORKER_ENV_TEST, 'parent');
  new Worker(code, { eval: true, env: { ONLY_HERE: 1 } }).on('message', common.mustCall((m2) => {
    assert.deepStrictEqual(m2, [undefined, '1']);
  }));
}));
assert.throws(() => new Worker(code, { eval: true, env: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.env" property must be of type object or one of undefined, null, or ' +
    'worker_threads.SHARE_ENV. Received type number (1)',
});
