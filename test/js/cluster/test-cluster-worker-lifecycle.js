'use strict';
// A worker's life seen from the primary: fork, online, listening, then disconnect and exit,
// each on the worker before the cluster; worker.disconnect() makes exitedAfterDisconnect
// true. The worker is a sh stand-in speaking the cluster's IPC messages (no node child).
// (Node on Linux sees the closed channel before the exit; node4j learns of the two on
// different threads, so their relative order is not asserted.)
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

process.execPath = '/bin/sh';
cluster.setupPrimary({
  exec: path.join(__dirname, '../../fixtures/cluster/sh-worker.sh'),
  args: ['listen'],
  execArgv: [],
  silent: true,
});
const events = [];
for (const name of ['fork', 'online', 'listening', 'disconnect', 'exit']) {
  cluster.on(name, common.mustCall((w) => {
    assert.strictEqual(w, worker);
    events.push(`cluster ${name}`);
  }));
}
const worker = cluster.fork();
assert.ok(worker instanceof cluster.Worker);
assert.strictEqual(worker.id, 1);
assert.strictEqual(cluster.workers[1], worker);
assert.strictEqual(typeof worker.process.pid, 'number');
assert.strictEqual(worker.exitedAfterDisconnect, undefined);
assert.strictEqual(worker.isConnected(), true);
assert.strictEqual(worker.isDead(), false);

let out = '';
worker.process.stdout.setEncoding('utf8');
worker.process.stdout.on('data', (d) => { out += d; });
worker.on('online', common.mustCall(() => events.push('worker online')));
worker.on('listening', common.mustCall((address) => {
  events.push('worker listening');
  assert.deepStrictEqual(address, { addressType: 4, address: '127.0.0.1', port: 4242, fd: undefined });
  worker.disconnect();
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  assert.strictEqual(cluster.workers[1], undefined); // gone at once, as in Node
}));
worker.on('disconnect', common.mustCall(() => {
  events.push('worker disconnect');
  assert.strictEqual(worker.isConnected(), false);
}));
worker.on('exit', common.mustCall((code, signal) => {
  events.push('worker exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.isDead(), true);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
}));
process.on('exit', () => {
  assert.deepStrictEqual(events.slice(0, 5), [
    'cluster fork',
    'worker online', 'cluster online',
    'worker listening', 'cluster listening',
  ]);
  const rest = events.slice(5).join();
  assert.match(rest, /^(worker disconnect,cluster disconnect,worker exit,cluster exit|worker exit,cluster exit,worker disconnect,cluster disconnect)$/);
  assert.deepStrictEqual(cluster.workers, {});
  assert.strictEqual(out, 'worker 1: listen\n');
});
