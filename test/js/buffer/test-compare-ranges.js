'use strict';
// buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd).
require('../../common');
const { run } = require('./harness');
const a = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]), b = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3, 4]);
const cases = [
  ["whole", () => a.compare(b)],
  ["target range", () => a.compare(b, 5)],
  ["both ranges equal", () => a.compare(b, 0, 4, 4)],
  ["target start only", () => a.compare(b, 0, 4, 4, 9)],
  ["empty source", () => a.compare(b, 0, 4, 3, 3)],
  ["empty both", () => a.compare(b, 2, 2, 3, 3)],
  ["empty target", () => a.compare(b, 2, 2)],
  ["bad target", () => a.compare('x')],
  ["targetStart type", () => a.compare(b, '1')],
  ["targetEnd too big", () => a.compare(b, 0, 10)],
  ["sourceEnd too big", () => a.compare(b, 0, 1, 0, 10)],
  ["negative", () => a.compare(b, -1)],
  ["fraction", () => a.compare(b, 0.5)],
  ["sourceStart past end", () => a.compare(b, 0, 1, 20, 21)],
  ["targetStart past end with empty source", () => a.compare(b, 20, 21, 1, 1)],
  ["undefined args use defaults", () => a.compare(b, undefined, undefined, undefined, undefined)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": -1},
  {"value": 1},
  {"value": 1},
  {"value": 1},
  {"value": -1},
  {"value": 0},
  {"value": 1},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"target\" argument must be an instance of Buffer or Uint8Array. Received type string ('x')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"targetStart\" argument must be of type number. Received type string ('1')"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetEnd\" is out of range. It must be >= 0 && <= 9. Received 10"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceEnd\" is out of range. It must be >= 0 && <= 9. Received 10"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetStart\" is out of range. It must be an integer. Received 0.5"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"sourceEnd\" is out of range. It must be >= 0 && <= 9. Received 21"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"targetEnd\" is out of range. It must be >= 0 && <= 9. Received 21"]},
  {"value": -1},
];
run(cases, expected);
