'use strict';
const common = require('../../common');
const assert = require('assert');
const { PerformanceObserver } = require('perf_hooks');

const order = [];
const obs = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.strictEqual(observer, obs);
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.deepStrictEqual(order, ['sync', 'tick', 'micro']);
  assert.deepStrictEqual(list.getEntries().filter((e) => e.name[0] === 'm').map((e) => [e.name, e.entryType]),
    [['m1', 'mark'], ['m2', 'mark'], ['ms', 'measure']]);
  assert.deepStrictEqual(list.getEntriesByType('mark').map((e) => e.name), ['m1', 'm2', 'q', 'early']);
  assert.deepStrictEqual(list.getEntriesByName('ms').map((e) => e.entryType), ['measure']);
  assert.deepStrictEqual(list.getEntriesByName('ms', 'mark'), []);
  order.push('observer');
  obs.disconnect();
  performance.mark('after-disconnect');
}));
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1', { startTime: 1 });
performance.mark('m2', { startTime: 2 });
performance.measure('ms', { start: 3, end: 4 });
order.push('sync');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));

// takeRecords empties the queue before the callback can see it.
const quiet = new PerformanceObserver(common.mustNotCall());
quiet.observe({ type: 'mark' });
performance.mark('q');
assert.deepStrictEqual(quiet.takeRecords().map((e) => e.name), ['q']);
quiet.disconnect();

// buffered: marks made before observe() are delivered.
performance.mark('early');
const late = new PerformanceObserver(common.mustCall((list) => {
  assert.ok(list.getEntries().some((e) => e.name === 'early'));
  late.disconnect();
}));
late.observe({ type: 'mark', buffered: true });
