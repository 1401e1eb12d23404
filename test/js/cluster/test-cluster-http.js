'use strict';
// timeout: 400
// A seed-style HTTP server in a 2-worker cluster answers on one port. Each worker is a new
// runtime (a JVM under node4j: 5-60 s to start on a loaded machine), so nothing here is timed.
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  http.createServer((req, res) => res.end(`worker ${cluster.worker.id}`)).listen(0, '127.0.0.1');
  return;
}

const ports = new Set();
let listening = 0;
cluster.on('fork', common.mustCall((worker) => assert.ok(worker instanceof cluster.Worker), 2));
cluster.on('online', common.mustCall(2));
cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.addressType, 4);
  ports.add(address.port);
  if (++listening === 2) {
    assert.strictEqual(ports.size, 1);
    request([...ports][0], 8);
  }
}, 2));

function request(port, left) {
  http.get({ host: '127.0.0.1', port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.match(body, /^worker [12]$/);
      if (left > 1) request(port, left - 1);
      else cluster.disconnect(common.mustCall());
    }));
  }));
}

cluster.on('disconnect', common.mustCall(2));
cluster.on('exit', common.mustCall((worker, code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
}, 2));
cluster.fork();
cluster.fork();
