'use strict';
// indexOf / lastIndexOf / includes with a number: the low 8 bits are searched.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([1, 2, 3, 2, 1, 0x41]);
const cases = [
  ["found", () => b.indexOf(2)],
  ["not found", () => b.indexOf(9)],
  ["low byte", () => b.indexOf(258)],
  ["negative wraps", () => b.indexOf(-255)],
  ["from offset", () => b.indexOf(2, 2)],
  ["negative offset", () => b.indexOf(1, -2)],
  ["offset past end", () => b.indexOf(1, 10)],
  ["offset very negative", () => b.indexOf(1, -100)],
  ["last", () => b.lastIndexOf(2)],
  ["last from offset", () => b.lastIndexOf(2, 2)],
  ["last negative offset", () => b.lastIndexOf(1, -3)],
  ["last very negative", () => b.lastIndexOf(1, -100)],
  ["last past end", () => b.lastIndexOf(0x41, 100)],
  ["fractional", () => b.indexOf(2.7)],
  ["includes", () => [b.includes(3), b.includes(4)]],
  ["empty buffer", () => Buffer.alloc(0).indexOf(0)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 1},
  {"value": -1},
  {"value": 1},
  {"value": 0},
  {"value": 3},
  {"value": 4},
  {"value": -1},
  {"value": 0},
  {"value": 3},
  {"value": 1},
  {"value": 0},
  {"value": -1},
  {"value": 5},
  {"value": 1},
  {"value": [true, false]},
  {"value": -1},
];
run(cases, expected);
