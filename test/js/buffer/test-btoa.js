'use strict';
// btoa: latin1 string to base64.
require('../../common');
const { run } = require('./harness');
const { btoa } = require('buffer');
const cases = [
  ["basic", () => btoa('hello')],
  ["latin1", () => btoa('\u00e9\u00ff')],
  ["empty", () => btoa('')],
  ["above latin1", () => btoa('\u0100')],
  ["emoji", () => btoa('\ud83d\ude00')],
  ["undefined coerced", () => btoa(undefined)],
  ["null coerced", () => btoa(null)],
  ["object coerced", () => btoa({})],
  ["missing arg", () => btoa()],
  ["global same", () => globalThis.btoa === btoa],
  ["round trip", () => atob(btoa('\u0000\u0001\u00fe'))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "aGVsbG8="},
  {"value": "6f8="},
  {"value": ""},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"value": "dW5kZWZpbmVk"},
  {"value": "bnVsbA=="},
  {"value": "W29iamVjdCBPYmplY3Rd"},
  {"throws": ["TypeError", "ERR_MISSING_ARGS", "The \"input\" argument must be specified"]},
  {"value": true},
  {"value": "\u0000\u0001\u00fe"},
];
run(cases, expected);
