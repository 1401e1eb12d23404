'use strict';
// atob: WHATWG forgiving-base64 decode to a latin1 string; DOMException on bad input.
require('../../common');
const { run } = require('./harness');
const { atob } = require('buffer');
const cases = [
  ["basic", () => atob('aGVsbG8=')],
  ["no padding", () => atob('YQ')],
  ["whitespace", () => atob(' Y Q = = ')],
  ["newline", () => atob('YWJj\n')],
  ["high bytes", () => atob('/w==')],
  ["single = wrong", () => atob('YQ=')],
  ["three =", () => atob('YQ===')],
  ["= then data", () => atob('YQ=a')],
  ["length mod 4 is 1", () => atob('Y')],
  ["url alphabet invalid", () => atob('-_')],
  ["non-ascii space", () => atob('YW\u00a0Jj')],
  ["missing arg", () => atob()],
  ["undefined coerced", () => atob(undefined)],
  ["number coerced", () => atob(1234)],
  ["empty", () => atob('')],
  ["global same", () => globalThis.atob === atob],
  ["error is DOMException", () => (() => { try { atob('*'); } catch (e) { return [e instanceof DOMException, e.code, e.name]; } })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "hello"},
  {"value": "a"},
  {"value": "a"},
  {"value": "abc"},
  {"value": "\u00ff"},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"throws": ["InvalidCharacterError", 5, "The string to be decoded is not correctly encoded."]},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"throws": ["InvalidCharacterError", 5, "Invalid character"]},
  {"throws": ["TypeError", "ERR_MISSING_ARGS", "The \"input\" argument must be specified"]},
  {"throws": ["InvalidCharacterError", 5, "The string to be decoded is not correctly encoded."]},
  {"value": "\u00d7m\u00f8"},
  {"value": ""},
  {"value": true},
  {"value": [true, 5, "InvalidCharacterError"]},
];
run(cases, expected);
