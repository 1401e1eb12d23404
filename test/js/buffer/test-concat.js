'use strict';
// Buffer.concat(list, totalLength).
require('../../common');
const { run } = require('./harness');
const a = Buffer.from('ab'), c = Buffer.from('cd');
const cases = [
  ["two", () => Buffer.concat([a, c])],
  ["empty list", () => Buffer.concat([])],
  ["with length shorter", () => Buffer.concat([a, c], 3)],
  ["with length longer zero-fills", () => Buffer.concat([a, c], 6)],
  ["uint8array items", () => Buffer.concat([new Uint8Array([1]), a])],
  ["single", () => Buffer.concat([a])],
  ["single is a copy", () => Buffer.concat([a]) !== a],
  ["not array", () => Buffer.concat('ab')],
  ["bad element", () => Buffer.concat([a, 'x'])],
  ["bad element index", () => Buffer.concat([a, c, [1]])],
  ["bad length type", () => Buffer.concat([a], '3')],
  ["negative length", () => Buffer.concat([a], -1)],
  ["fractional length", () => Buffer.concat([a], 1.5)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "61626364"}},
  {"value": {"Buffer": ""}},
  {"value": {"Buffer": "616263"}},
  {"value": {"Buffer": "616263640000"}},
  {"value": {"Buffer": "016162"}},
  {"value": {"Buffer": "6162"}},
  {"value": true},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"list\" argument must be an instance of Array. Received type string ('ab')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"list[2]\" argument must be an instance of Buffer or Uint8Array. Received an instance of Array"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"length\" argument must be of type number. Received type string ('3')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"length\" is out of range. It must be an integer. Received 1.5"]},
];
run(cases, expected);
