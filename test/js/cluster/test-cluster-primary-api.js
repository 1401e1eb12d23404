'use strict';
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.strictEqual(cluster.worker, undefined);
assert.deepStrictEqual(cluster.workers, {});
assert.deepStrictEqual(cluster.settings, {});
assert.strictEqual(cluster.SCHED_NONE, 1);
assert.strictEqual(cluster.SCHED_RR, 2);
assert.strictEqual(typeof cluster.Worker, 'function');
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);
cluster.on('setup', common.mustCall((settings) => {
  assert.strictEqual(settings.exec, 'worker.js');
  assert.deepStrictEqual(settings.args, ['x']);
  assert.strictEqual(settings.silent, false);
  assert.deepStrictEqual(settings.execArgv, process.execArgv);
}));
cluster.setupPrimary({ exec: 'worker.js', args: ['x'] });
assert.strictEqual(cluster.settings.exec, 'worker.js');
cluster.disconnect(common.mustCall());
