'use strict';
const common = require('../../common');
const assert = require('assert');
const { performance, PerformanceObserver } = require('perf_hooks');

function work(a, b) { return a + b; }
const t = performance.timerify(work);
assert.strictEqual(t.name, 'timerified work');
assert.strictEqual(t.length, 2);
assert.notStrictEqual(performance.timerify(work), t);
class K { constructor(v) { this.v = v; } }
const TK = performance.timerify(K);
assert.strictEqual(new TK(3).v, 3);

const obs = new PerformanceObserver(common.mustCall((list) => {
  const entries = list.getEntries();
  assert.strictEqual(entries.length, 2);
  assert.strictEqual(entries[0].name, 'work');
  assert.strictEqual(entries[0].entryType, 'function');
  assert.ok(entries[0].duration >= 0);
  assert.deepStrictEqual(entries[0].detail, [1, 2]);
  assert.strictEqual(entries[1].name, 'K');
  obs.disconnect();
}));
obs.observe({ entryTypes: ['function'] });
assert.strictEqual(t(1, 2), 3);
new TK(4);
assert.deepStrictEqual(performance.getEntries(), []); // function entries are not buffered
