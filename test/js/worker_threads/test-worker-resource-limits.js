'use strict';
// resourceLimits: the values a worker was started with, seen from both sides; {} after exit.
const common = require('../../common');
const assert = require('assert');
const { Worker, resourceLimits, isMainThread } = require('worker_threads');

assert.strictEqual(isMainThread, true);
assert.deepStrictEqual(resourceLimits, {});
const w = new Worker(`
  const { resourceLimits, parentPort } = require('worker_threads');
  parentPort.postMessage(resourceLimits.stackSizeMb);
`, { eval: true, resourceLimits: { stackSizeMb: 8 } });
assert.strictEqual(w.resourceLimits.stackSizeMb, 8);
assert.deepStrictEqual(Object.keys(w.resourceLimits),
  ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']);
w.on('message', common.mustCall((m) => assert.strictEqual(m, 8)));
w.on('exit', common.mustCall(() => assert.deepStrictEqual(w.resourceLimits, {})));
