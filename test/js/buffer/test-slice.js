'use strict';
// slice/subarray share memory; offsets are clamped like Array.prototype.slice.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([1, 2, 3, 4, 5]);
const cases = [
  ["slice", () => b.slice(1, 3)],
  ["subarray", () => b.subarray(1, 3)],
  ["negative", () => b.slice(-2)],
  ["negative end", () => b.slice(0, -1)],
  ["start > end", () => b.slice(3, 1)],
  ["out of range", () => b.slice(10)],
  ["fractional", () => b.slice(1.5, 3.9)],
  ["string args", () => b.slice('1', '2')],
  ["NaN args", () => b.slice(NaN, NaN)],
  ["undefined end", () => b.slice(2, undefined)],
  ["shares memory", () => (() => { const c = Buffer.from([1, 2, 3]); c.slice(1)[0] = 9; return c; })()],
  ["is Buffer", () => b.slice(1) instanceof Buffer],
  ["offset", () => b.subarray(2).byteOffset - b.byteOffset],
  ["big negative", () => b.slice(-(2 ** 40))],
  ["infinity", () => b.slice(0, Infinity)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "0203"}},
  {"value": {"Buffer": "0203"}},
  {"value": {"Buffer": "0405"}},
  {"value": {"Buffer": "01020304"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "0203"}},
  {"value": {"Buffer": "02"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "030405"}},
  {"value": {"Buffer": "010903"}},
  {"value": true},
  {"value": 2},
  {"value": {"Buffer": "0102030405"}},
  {"value": {"Buffer": "0102030405"}},
];
run(cases, expected);
