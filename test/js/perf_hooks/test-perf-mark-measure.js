'use strict';
require('../../common');
const assert = require('assert');

const a = performance.mark('a', { startTime: 10, detail: { x: [1] } });
assert.ok(a instanceof PerformanceMark);
assert.ok(a instanceof PerformanceEntry);
assert.deepStrictEqual(Object.keys(a), []);
assert.deepStrictEqual(a.toJSON(), { name: 'a', entryType: 'mark', startTime: 10, duration: 0, detail: { x: [1] } });
const detail = { y: 1 };
const b = performance.mark('b', { startTime: 25, detail });
assert.notStrictEqual(b.detail, detail); // cloned
assert.deepStrictEqual(b.detail, detail);
// (an explicit time: a runtime in a warm JVM can get here before 25 ms have passed)
assert.strictEqual(performance.mark('c', { startTime: 30 }).detail, null);

let m = performance.measure('a-b', 'a', 'b');
assert.deepStrictEqual(m.toJSON(), { name: 'a-b', entryType: 'measure', startTime: 10, duration: 15, detail: null });
m = performance.measure('opts', { start: 'a', end: 'b', detail: 7 });
assert.deepStrictEqual([m.startTime, m.duration, m.detail], [10, 15, 7]);
m = performance.measure('dur', { start: 'a', duration: 5 });
assert.deepStrictEqual([m.startTime, m.duration], [10, 5]);
m = performance.measure('enddur', { end: 20, duration: 5 });
assert.deepStrictEqual([m.startTime, m.duration], [15, 5]);
m = performance.measure('nums', { start: 1, end: 3 });
assert.deepStrictEqual([m.startTime, m.duration], [1, 2]);
m = performance.measure('from-a', 'a');
assert.strictEqual(m.startTime, 10);
assert.ok(m.duration > 0);
m = performance.measure('from-0');
assert.strictEqual(m.startTime, 0);
// The latest mark of a name wins.
performance.mark('a', { startTime: 12 });
assert.strictEqual(performance.measure('again', 'a', 'b').startTime, 12);

// Sorted by startTime.
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a', 'a', 'b', 'c']);
assert.deepStrictEqual(performance.getEntriesByName('a').map((e) => e.startTime), [10, 12]);
assert.deepStrictEqual(performance.getEntriesByName('a', 'measure'), []);
const all = performance.getEntries();
for (let i = 1; i < all.length; i++) assert.ok(all[i - 1].startTime <= all[i].startTime);
assert.strictEqual(all.length, 12);
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);
performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['b', 'c']);
performance.clearMarks();
assert.deepStrictEqual(performance.getEntriesByType('mark'), []);
performance.clearMeasures('nums');
assert.strictEqual(performance.getEntriesByType('measure').length, 7);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
const pm = new PerformanceMark('standalone', { startTime: 1 });
assert.strictEqual(pm.name, 'standalone');
assert.deepStrictEqual(performance.getEntries(), []); // not buffered
