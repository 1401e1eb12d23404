'use strict';
// cluster.disconnect(cb) disconnects every worker and calls back once; they exit
// with exitedAfterDisconnect true and cluster.workers empties. (sh stand-ins: no node child.)
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

process.execPath = '/bin/sh';
cluster.setupPrimary({ exec: path.join(__dirname, '../../fixtures/cluster/sh-worker.sh'), execArgv: [], silent: true });
const workers = [cluster.fork(), cluster.fork(), cluster.fork()];
assert.deepStrictEqual(Object.keys(cluster.workers), ['1', '2', '3']);
let online = 0;
cluster.on('online', common.mustCall(() => {
  if (++online === workers.length) {
    cluster.disconnect(common.mustCall());
    assert.deepStrictEqual(cluster.workers, {}); // disconnect() lets go of workers at once
  }
}, 3));
cluster.on('disconnect', common.mustCall(3));
cluster.on('exit', common.mustCall((w, code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(w.exitedAfterDisconnect, true);
}, 3));
process.on('exit', () => assert.deepStrictEqual(cluster.workers, {}));
