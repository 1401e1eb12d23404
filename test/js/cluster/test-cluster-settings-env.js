'use strict';
// setupPrimary merges into cluster.settings and emits 'setup' each time (fork() too); fork(env) adds to
// the worker's environment, with NODE_UNIQUE_ID set to its id; args and silent are used.
// (sh stand-in worker: no node child.)
const common = require('../../common');
const assert = require('assert');
const cluster = require('cluster');
const path = require('path');

process.execPath = '/bin/sh';
const exec = path.join(__dirname, '../../fixtures/cluster/sh-worker.sh');
const setups = [];
cluster.on('setup', common.mustCall((settings) => setups.push(settings), 3)); // fork() sets up too
cluster.setupPrimary({ exec, execArgv: [], args: ['a'] });
cluster.setupPrimary({ args: ['b', 'c'], silent: true });
assert.strictEqual(cluster.settings.exec, exec);
assert.deepStrictEqual(cluster.settings.args, ['b', 'c']);
assert.deepStrictEqual(cluster.settings.execArgv, []);
assert.strictEqual(cluster.settings.silent, true);

const worker = cluster.fork({ EXTRA: 'x' });
assert.deepStrictEqual(worker.process.spawnargs, ['/bin/sh', exec, 'b', 'c']);
let out = '';
worker.process.stdout.setEncoding('utf8');
worker.process.stdout.on('data', (d) => { out += d; });
worker.on('online', common.mustCall(() => worker.disconnect()));
worker.process.stdout.on('end', common.mustCall(() => {
  assert.strictEqual(out, 'worker 1 x: b c\n');
  assert.deepStrictEqual(setups[0], { args: ['a'], exec, execArgv: [], silent: false });
  assert.deepStrictEqual(setups[1], cluster.settings);
  assert.deepStrictEqual(setups[2], cluster.settings);
}));
