'use strict';
// buf.copy(target, targetStart, sourceStart, sourceEnd): returns bytes copied.
require('../../common');
const { run } = require('./harness');
const src = () => Buffer.from([1, 2, 3, 4, 5]);
const cases = [
  ["whole", () => (() => { const t = Buffer.alloc(5); return [src().copy(t), t]; })()],
  ["target start", () => (() => { const t = Buffer.alloc(5); return [src().copy(t, 2), t]; })()],
  ["source range", () => (() => { const t = Buffer.alloc(5); return [src().copy(t, 0, 1, 3), t]; })()],
  ["target too small", () => (() => { const t = Buffer.alloc(2); return [src().copy(t), t]; })()],
  ["sourceEnd past end", () => (() => { const t = Buffer.alloc(9); return [src().copy(t, 0, 3, 100), t]; })()],
  ["targetStart past end", () => src().copy(Buffer.alloc(2), 5)],
  ["sourceStart >= sourceEnd", () => src().copy(Buffer.alloc(2), 0, 3, 2)],
  ["negative targetStart", () => src().copy(Buffer.alloc(2), -1)],
  ["negative sourceStart", () => src().copy(Buffer.alloc(2), 0, -1)],
  ["sourceStart past length", () => src().copy(Buffer.alloc(2), 0, 6)],
  ["negative sourceEnd", () => src().copy(Buffer.alloc(2), 0, 0, -1)],
  ["string offsets coerced", () => (() => { const t = Buffer.alloc(5); return [src().copy(t, '1', '1', '3'), t]; })()],
  ["fractional offsets floor", () => (() => { const t = Buffer.alloc(5); return [src().copy(t, 1.7, 0.2), t]; })()],
  ["NaN offsets are 0", () => (() => { const t = Buffer.alloc(5); return [src().copy(t, NaN, NaN), t]; })()],
  ["bad target", () => src().copy([1, 2])],
  ["into uint8array", () => (() => { const t = new Uint8Array(3); return [src().copy(t), t]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [5, {"Buffer": "0102030405"}]},
  {"value": [3, {"Buffer": "0000010203"}]},
  {"value": [2, {"Buffer": "0203000000"}]},
  {"value": [2, {"Buffer": "0102"}]},
  {"value": [2, {"Buffer": "040500000000000000"}]},
  {"value": 0},
  {"value": 0},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be >= 0. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range. It must be >= 0 && <= 5. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceStart\" is out of range. It must be >= 0 && <= 5. Received 6"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceEnd\" is out of range. It must be >= 0. Received -1"]},
  {"value": [2, {"Buffer": "0002030000"}]},
  {"value": [4, {"Buffer": "0001020304"}]},
  {"value": [5, {"Buffer": "0102030405"}]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"target\" argument must be an instance of Buffer or Uint8Array. Received an instance of Array"]},
  {"value": [3, {"Uint8Array": [1, 2, 3]}]},
];
run(cases, expected);
