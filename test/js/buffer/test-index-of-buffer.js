'use strict';
// indexOf with Buffer / Uint8Array needles, and bad needles.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from('hello world hello');
const cases = [
  ["buffer", () => b.indexOf(Buffer.from('world'))],
  ["uint8array", () => b.indexOf(new Uint8Array([0x6f]))],
  ["from offset", () => b.indexOf(Buffer.from('hello'), 1)],
  ["last", () => b.lastIndexOf(Buffer.from('hello'))],
  ["last before", () => b.lastIndexOf(Buffer.from('hello'), 11)],
  ["empty needle", () => b.indexOf(Buffer.alloc(0), 3)],
  ["empty needle last", () => b.lastIndexOf(Buffer.alloc(0))],
  ["not found", () => b.indexOf(Buffer.from('xyz'))],
  ["object needle", () => b.indexOf({})],
  ["null needle", () => b.indexOf(null)],
  ["array needle", () => b.indexOf([104])],
  ["boolean needle", () => b.indexOf(true)],
  ["uint16 needle", () => b.indexOf(new Uint16Array([1]))],
  ["large haystack", () => (() => { const h = Buffer.alloc(200000, 0x61); h.write('needle', 150000); return [h.indexOf('needle'), h.lastIndexOf('needle'), h.indexOf(Buffer.from('needle'), 150001), h.includes('needlf')]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 6},
  {"value": 4},
  {"value": 12},
  {"value": 12},
  {"value": 0},
  {"value": 3},
  {"value": 17},
  {"value": -1},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received null"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Array"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received type boolean (true)"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Uint16Array"]},
  {"value": [150000, 150000, -1, false]},
];
run(cases, expected);
