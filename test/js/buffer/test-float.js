'use strict';
// Float and double reads/writes in both byte orders.
require('../../common');
const { run } = require('./harness');
const w = (fn, ...args) => { const b = Buffer.alloc(9); const r = b[fn](...args); return [r, b]; };
const cases = [
  ["float le", () => w('writeFloatLE', 1.5)],
  ["float be", () => w('writeFloatBE', -2.25, 1)],
  ["double le", () => w('writeDoubleLE', Math.PI)],
  ["double be", () => w('writeDoubleBE', -0, 1)],
  ["nan", () => w('writeDoubleLE', NaN)],
  ["infinity", () => w('writeFloatBE', Infinity)],
  ["string value", () => w('writeFloatLE', '2')],
  ["undefined value NaN", () => w('writeDoubleBE')],
  ["float rounding", () => (() => { const b = Buffer.alloc(4); b.writeFloatLE(0.1); return b.readFloatLE(); })()],
  ["float overflow", () => (() => { const b = Buffer.alloc(4); b.writeFloatBE(1e40); return b.readFloatBE(); })()],
  ["read double be", () => Buffer.from([0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]).readDoubleBE()],
  ["read double le", () => Buffer.from([0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40]).readDoubleLE()],
  ["read float", () => [Buffer.from([0, 0, 0xc0, 0x3f]).readFloatLE(), Buffer.from([0x3f, 0xc0, 0, 0]).readFloatBE()]],
  ["read negative zero", () => Buffer.from([0, 0, 0, 0, 0, 0, 0, 0x80]).readDoubleLE()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [4, {"Buffer": "0000c03f0000000000"}]},
  {"value": [5, {"Buffer": "00c010000000000000"}]},
  {"value": [8, {"Buffer": "182d4454fb21094000"}]},
  {"value": [9, {"Buffer": "008000000000000000"}]},
  {"value": [8, {"Buffer": "000000000000f87f00"}]},
  {"value": [4, {"Buffer": "7f8000000000000000"}]},
  {"value": [4, {"Buffer": "000000400000000000"}]},
  {"value": [8, {"Buffer": "7ff800000000000000"}]},
  {"value": 0.10000000149011612},
  {"value": {"number": "Infinity"}},
  {"value": 3.141592653589793},
  {"value": 3.141592653589793},
  {"value": [1.5, 1.5]},
  {"value": {"number": "-0"}},
];
run(cases, expected);
