'use strict';
// allocUnsafe takes small sizes from the shared pool; allocUnsafeSlow never does.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["pool size", () => Buffer.poolSize],
  ["length", () => Buffer.allocUnsafe(10).length],
  ["small from pool", () => Buffer.allocUnsafe(10).buffer.byteLength === Buffer.poolSize],
  ["half pool not pooled", () => Buffer.allocUnsafe(Buffer.poolSize >>> 1).buffer.byteLength],
  ["slow not pooled", () => Buffer.allocUnsafeSlow(10).buffer.byteLength],
  ["aligned to 8", () => (() => { Buffer.allocUnsafe(3); return Buffer.allocUnsafe(1).byteOffset % 8; })()],
  ["neighbours share pool", () => (() => { const a = Buffer.allocUnsafe(5); const b = Buffer.allocUnsafe(5); return a.buffer === b.buffer && b.byteOffset - a.byteOffset; })()],
  ["zero size", () => Buffer.allocUnsafe(0).length],
  ["bad size", () => Buffer.allocUnsafe(-5)],
  ["bad type", () => Buffer.allocUnsafe('1')],
  ["slow bad size", () => Buffer.allocUnsafeSlow(-1)],
  ["slow undefined", () => Buffer.allocUnsafeSlow()],
  ["from string uses pool", () => Buffer.from('abc').buffer.byteLength === Buffer.poolSize],
  ["is a Buffer", () => Buffer.allocUnsafe(1) instanceof Buffer],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 65536},
  {"value": 10},
  {"value": true},
  {"value": 32768},
  {"value": 10},
  {"value": 0},
  {"value": 8},
  {"value": 0},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -5"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received type string ('1')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received undefined"]},
  {"value": true},
  {"value": true},
];
run(cases, expected);
