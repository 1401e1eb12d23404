'use strict';
// validateNumber/Integer/Boolean/Object/AbortSignal texts as events and EventTarget use them.
require('../../common');
const assert = require('assert');
const events = require('events');

const e = new events.EventEmitter();
const cases = [
  // validateNumber with a minimum
  [() => e.setMaxListeners(-0.5), 'ERR_OUT_OF_RANGE',
   'The value of "setMaxListeners" is out of range. It must be >= 0. Received -0.5'],
  // validateInteger with a minimum (and the MAX_SAFE_INTEGER default maximum)
  [() => events.on(e, 'x', { highWaterMark: 0 }), 'ERR_OUT_OF_RANGE',
   'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0'],
  [() => events.on(e, 'x', { highWaterMark: 2 ** 53 }), 'ERR_OUT_OF_RANGE',
   'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. ' +
   'Received 9_007_199_254_740_992'],
  [() => events.on(e, 'x', { lowWaterMark: NaN }), 'ERR_OUT_OF_RANGE',
   'The value of "options.lowWaterMark" is out of range. It must be an integer. Received NaN'],
  // validateBoolean
  [() => new events.EventEmitter({ captureRejections: 'true' }), 'ERR_INVALID_ARG_TYPE',
   'The "options.captureRejections" property must be of type boolean. Received type string (\'true\')'],
  // validateObject (plain: no null, no arrays)
  [() => events.on(e, 'x', []), 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object. Received an instance of Array'],
  [() => events.on(e, 'x', () => {}), 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object. Received function '],
  // validateObject allowing arrays and functions, not primitives
  [() => new EventTarget().addEventListener('x', () => {}, 'str'), 'ERR_INVALID_ARG_TYPE',
   'The "options" argument must be of type object. Received type string (\'str\')'],
  // validateAbortSignal
  [() => events.on(e, 'x', { signal: { x: 1 } }), 'ERR_INVALID_ARG_TYPE',
   'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object'],
  [() => events.on(e, 'x', { signal: null }), 'ERR_INVALID_ARG_TYPE',
   'The "options.signal" property must be an instance of AbortSignal. Received null'],
  [() => events.on(e, 'x', { signal: 'signal' }), 'ERR_INVALID_ARG_TYPE',
   'The "options.signal" property must be an instance of AbortSignal. Received type string (\'signal\')'],
];
for (const [fn, code, message] of cases) {
  assert.throws(fn, { code, message });
}
// Arrays and functions are accepted as addEventListener options.
new EventTarget().addEventListener('x', () => {}, []);
new EventTarget().addEventListener('x', () => {}, () => {});
