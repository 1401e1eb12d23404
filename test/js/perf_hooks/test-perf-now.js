'use strict';
const common = require('../../common');
const assert = require('assert');

const t0 = performance.now();
assert.strictEqual(typeof t0, 'number');
assert.ok(t0 > 0);
assert.ok(performance.timeOrigin > 1.6e12);
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 100);
const before = Date.now();
while (Date.now() - before < 20);
const t1 = performance.now();
assert.ok(t1 - t0 >= 19, `${t1 - t0}`);
setTimeout(common.mustCall(() => {
  assert.ok(performance.now() - t1 >= 29);
}), 30);
const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
assert.strictEqual(performance.nodeTiming.name, 'node');
assert.strictEqual(performance.nodeTiming.entryType, 'node');
const elu = performance.eventLoopUtilization();
assert.deepStrictEqual(Object.keys(elu), ['idle', 'active', 'utilization']);
assert.strictEqual(require('perf_hooks').eventLoopUtilization, performance.eventLoopUtilization);
