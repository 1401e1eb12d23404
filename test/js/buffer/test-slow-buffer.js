'use strict';
// SlowBuffer (deprecated): an unpooled Buffer.
require('../../common');
const { run } = require('./harness');
const { SlowBuffer } = require('buffer');
process.on('warning', () => {});
const cases = [
  ["length", () => SlowBuffer(4).length],
  ["is buffer", () => Buffer.isBuffer(SlowBuffer(1))],
  ["not pooled", () => SlowBuffer(4).buffer.byteLength],
  ["with new", () => new SlowBuffer(2).length],
  ["zero", () => SlowBuffer(0).length],
  ["bad size", () => SlowBuffer(-1)],
  ["bad type", () => SlowBuffer('1')],
  ["name and length", () => [SlowBuffer.name, SlowBuffer.length]],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 4},
  {"value": true},
  {"value": 4},
  {"value": 2},
  {"value": 0},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received type string ('1')"]},
  {"value": ["deprecated", 1]},
];
run(cases, expected);
