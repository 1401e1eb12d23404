'use strict';
// fill argument errors.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["bad encoding", () => Buffer.alloc(2).fill('a', 'nope')],
  ["non-string encoding", () => Buffer.alloc(2).fill('a', 0, 1, 5)],
  ["bad hex value", () => Buffer.alloc(2).fill('zz', 'hex')],
  ["empty buffer value", () => Buffer.alloc(2).fill(Buffer.alloc(0))],
  ["offset type", () => Buffer.alloc(2).fill(1, '1')],
  ["offset negative", () => Buffer.alloc(2).fill(1, -1)],
  ["end too big", () => Buffer.alloc(2).fill(1, 0, 3)],
  ["end type", () => Buffer.alloc(2).fill(1, 0, '1')],
  ["offset >= end no-op", () => Buffer.alloc(2).fill(1, 2, 1)],
  ["offset past length", () => Buffer.alloc(2).fill(1, 3)],
  ["offset past length string", () => Buffer.alloc(2).fill('a', 3)],
  ["fractional offset", () => Buffer.alloc(2).fill(1, 0.5)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: nope"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"encoding\" argument must be of type string. Received type number (5)"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received 'zz'"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_VALUE", "The argument 'value' is invalid. Received <Buffer >"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"offset\" argument must be of type number. Received type string ('1')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"end\" is out of range. It must be >= 0 && <= 2. Received 3"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"end\" argument must be of type number. Received type string ('1')"]},
  {"value": {"Buffer": "0000"}},
  {"value": {"Buffer": "0000"}},
  {"value": {"Buffer": "0000"}},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"offset\" is out of range. It must be an integer. Received 0.5"]},
];
run(cases, expected);
