'use strict';
// worker_threads' identity values in the main thread, and the module's exports.
require('../../common');
const assert = require('assert');
const wt = require('worker_threads');

assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.workerData, null);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));
for (const name of ['Worker', 'MessageChannel', 'MessagePort', 'BroadcastChannel', 'receiveMessageOnPort',
  'markAsUntransferable', 'isMarkedAsUntransferable', 'markAsUncloneable', 'setEnvironmentData',
  'getEnvironmentData', 'moveMessagePortToContext', 'postMessageToThread']) {
  assert.strictEqual(typeof wt[name], 'function', name);
}
assert.strictEqual(require('node:worker_threads'), wt);
assert.strictEqual(wt.MessageChannel, globalThis.MessageChannel);
assert.strictEqual(wt.BroadcastChannel, globalThis.BroadcastChannel);
