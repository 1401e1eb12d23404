'use strict';
require('../../common');
const assert = require('assert');

assert.throws(() => performance.mark(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), { name: 'TypeError',
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message: 'Must not have options.start, options.end, and options.duration specified' });
assert.throws(() => performance.mark('x', 1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)' });
assert.throws(() => performance.mark('x', { startTime: 'a' }), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'a\')' });
assert.throws(() => performance.mark('x', { startTime: -1 }), { code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  message: '-1 is not a valid timestamp' });
assert.throws(() => performance.mark('x', { detail: () => {} }), { name: 'DataCloneError' });
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceMark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => performance.getEntriesByType(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
let e;
try { performance.measure('x', 'nomark'); } catch (err) { e = err; }
assert.ok(e instanceof DOMException);
assert.strictEqual(e.name, 'SyntaxError');
assert.strictEqual(e.code, 12);
assert.strictEqual(e.message, 'The "nomark" performance mark has not been set');
assert.throws(() => performance.measure('x', { end: 'nomark' }), { name: 'SyntaxError' });
assert.throws(() => performance.timerify(1), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)' });
assert.throws(() => new PerformanceObserver(), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined' });
const obs = new PerformanceObserver(() => {});
assert.throws(() => obs.observe(), { code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified' });
assert.throws(() => obs.observe({ entryTypes: 'x' }), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.entryTypes" property must be string[]. Received type string (\'x\')' });
assert.throws(() => obs.observe(1), { code: 'ERR_INVALID_ARG_TYPE' });
new PerformanceObserver(() => {}).observe({ type: 'nonsense' }); // unknown types are ignored
obs.observe({ entryTypes: ['mark'] });
assert.throws(() => obs.observe({ type: 'mark' }), { name: 'InvalidModificationError',
  message: 'PerformanceObserver can not change to single observation' });
obs.disconnect();
