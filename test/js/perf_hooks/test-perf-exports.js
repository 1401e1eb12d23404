'use strict';
require('../../common');
const assert = require('assert');
const ph = require('perf_hooks');
assert.deepStrictEqual(Object.keys(ph), ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming', 'monitorEventLoopDelay',
  'eventLoopUtilization', 'timerify', 'createHistogram', 'performance', 'constants']);
assert.strictEqual(ph.performance, globalThis.performance);
assert.strictEqual(ph.PerformanceObserver, globalThis.PerformanceObserver);
assert.strictEqual(ph.PerformanceEntry, globalThis.PerformanceEntry);
assert.strictEqual(ph.PerformanceMark, globalThis.PerformanceMark);
assert.strictEqual(ph.Performance, globalThis.Performance);
assert.ok(performance instanceof EventTarget);
assert.deepStrictEqual(Object.getOwnPropertyNames(Performance.prototype), ['constructor', 'clearMarks',
  'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName', 'getEntriesByType', 'mark',
  'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON', 'eventLoopUtilization',
  'nodeTiming', 'markResourceTiming', 'timerify', 'onresourcetimingbufferfull']);
assert.deepStrictEqual(Object.keys(performance), []);
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.strictEqual(ph.constants.NODE_PERFORMANCE_GC_MAJOR, 4);
assert.strictEqual(ph.constants.NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE, 64);
assert.deepStrictEqual(PerformanceObserver.supportedEntryTypes, ['dns', 'function', 'gc', 'http', 'http2', 'mark',
  'measure', 'net', 'quic', 'resource']);
const g = Object.getOwnPropertyDescriptor(globalThis, 'performance');
assert.strictEqual(g.enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'PerformanceObserver').enumerable, false);
