'use strict';
// worker.send() reaches the worker; what it sends back is 'message' on the cluster, then on
// the worker; cluster's own messages never surface as user messages.
// (sh stand-in worker that echoes: no node child.)
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

process.execPath = '/bin/sh';
cluster.setupPrimary({ exec: path.join(__dirname, '../../fixtures/cluster/sh-worker.sh'), execArgv: [], silent: true });
const worker = cluster.fork();
const sent = [{ hello: 'worker' }, [1, 2, 3], 'text'];
const got = [];
worker.on('online', common.mustCall(() => {
  for (const m of sent) assert.strictEqual(worker.send(m), true);
}));
cluster.on('message', common.mustCall((w, m, handle) => {
  assert.strictEqual(w, worker);
  assert.strictEqual(handle, undefined);
  got.push(m);
}, 3));
worker.on('message', common.mustCall((m, handle) => {
  assert.strictEqual(handle, undefined);
  assert.strictEqual(m, got[got.length - 1]);
  if (got.length === sent.length) {
    assert.deepStrictEqual(got, sent);
    worker.disconnect();
  }
}, 3));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
