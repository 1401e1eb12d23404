'use strict';
const common = require('../../common');
const assert = require('assert');
const { setTimeout: sleep } = require('timers/promises');

(async () => {
  const start = Date.now();
  assert.strictEqual(await sleep(30, 'value'), 'value');
  assert.ok(Date.now() - start >= 29);
  assert.strictEqual(await sleep(), undefined);
  assert.strictEqual(await sleep(1), undefined);
  // Order relative to callback timers with the same delay: insertion order.
  const order = [];
  setTimeout(() => order.push('cb'), 5);
  const p = sleep(5).then(() => order.push('promise'));
  await p;
  await sleep(5);
  assert.deepStrictEqual(order, ['cb', 'promise']);
})().then(common.mustCall());
