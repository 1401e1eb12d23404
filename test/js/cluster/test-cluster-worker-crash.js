'use strict';
// A worker that dies on its own: exit code 3, exitedAfterDisconnect false, its channel gone,
// and it leaves cluster.workers. (sh stand-in worker: no node child.)
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

process.execPath = '/bin/sh';
cluster.setupPrimary({ exec: path.join(__dirname, '../../fixtures/cluster/sh-worker.sh'), args: ['crash'], execArgv: [] });
const worker = cluster.fork();
worker.on('online', common.mustCall());
worker.on('disconnect', common.mustCall(() => assert.strictEqual(worker.exitedAfterDisconnect, false)));
cluster.on('exit', common.mustCall((w, code, signal) => {
  assert.strictEqual(w, worker);
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, false);
  assert.strictEqual(worker.isDead(), true);
  assert.strictEqual(worker.process.exitCode, 3);
}));
process.on('exit', () => assert.deepStrictEqual(cluster.workers, {}));
