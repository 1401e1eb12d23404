'use strict';
// Buffer.alloc(size, fill, encoding): zero-filled or filled; size is validated.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["zeroed", () => Buffer.alloc(4)],
  ["fill number", () => Buffer.alloc(4, 1)],
  ["fill 0", () => Buffer.alloc(2, 0)],
  ["fill string", () => Buffer.alloc(5, 'abc')],
  ["fill hex", () => Buffer.alloc(5, 'aabb', 'hex')],
  ["fill base64", () => Buffer.alloc(4, 'YWI=', 'base64')],
  ["fill buffer", () => Buffer.alloc(5, Buffer.from([1, 2]))],
  ["fill uint8array", () => Buffer.alloc(3, new Uint8Array([9]))],
  ["fill bad hex", () => Buffer.alloc(2, 'zz', 'hex')],
  ["fill empty string", () => Buffer.alloc(2, '')],
  ["fill unknown encoding", () => Buffer.alloc(2, 'a', 'nope')],
  ["size 0", () => Buffer.alloc(0)],
  ["negative size", () => Buffer.alloc(-1)],
  ["string size", () => Buffer.alloc('5')],
  ["NaN size", () => Buffer.alloc(NaN)],
  ["fractional size", () => Buffer.alloc(2.5).length],
  ["huge size", () => Buffer.alloc(2 ** 53)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "00000000"}},
  {"value": {"Buffer": "01010101"}},
  {"value": {"Buffer": "0000"}},
  {"value": {"Buffer": "6162636162"}},
  {"value": {"Buffer": "aabbaabbaa"}},
  {"value": {"Buffer": "61626162"}},
  {"value": {"Buffer": "0102010201"}},
  {"value": {"Buffer": "090909"}},
  {"throws": ["TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received 'zz'"]},
  {"value": {"Buffer": "0000"}},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: nope"]},
  {"value": {"Buffer": ""}},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"size\" argument must be of type number. Received type string ('5')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received NaN"]},
  {"value": 2},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received 9_007_199_254_740_992"]},
];
run(cases, expected);
