'use strict';
const common = require('../../common');
const assert = require('assert');
const { scheduler } = require('timers/promises');

(async () => {
  const order = [];
  setImmediate(() => order.push('immediate'));
  process.nextTick(() => order.push('tick'));
  await scheduler.yield();
  order.push('after-yield');
  assert.deepStrictEqual(order, ['tick', 'immediate', 'after-yield']);
  const start = Date.now();
  assert.strictEqual(await scheduler.wait(20), undefined);
  assert.ok(Date.now() - start >= 19);
  assert.strictEqual(await scheduler.wait(1, { ref: true }), undefined);
})().then(common.mustCall());
