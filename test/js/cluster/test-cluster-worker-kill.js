'use strict';
// worker.kill() (alias destroy) signals the worker (SIGTERM by default, or the one given) and
// its channel closes with it; as Node 24 does, exitedAfterDisconnect ends up false.
// (sh stand-in workers that never read their channel: no node child.)
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

process.execPath = '/bin/sh';
cluster.setupPrimary({ exec: path.join(__dirname, '../../fixtures/cluster/sh-worker.sh'), args: ['stay'], execArgv: [] });
const expected = { 1: 'SIGTERM', 2: 'SIGKILL' };
const a = cluster.fork();
const b = cluster.fork();
assert.strictEqual(cluster.Worker.prototype.kill, a.kill);
a.on('online', common.mustCall(() => {
  a.kill();
  assert.strictEqual(a.process.killed, true);
  assert.strictEqual(a.exitedAfterDisconnect, undefined);
}));
b.on('online', common.mustCall(() => b.destroy('SIGKILL')));
for (const w of [a, b]) {
  w.on('disconnect', common.mustCall(() => assert.strictEqual(w.isConnected(), false)));
  w.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, expected[w.id]);
    assert.strictEqual(w.exitedAfterDisconnect, false);
    assert.strictEqual(w.process.signalCode, expected[w.id]);
  }));
}
cluster.on('exit', common.mustCall(2));
process.on('exit', () => assert.deepStrictEqual(cluster.workers, {}));
