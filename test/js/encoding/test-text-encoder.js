'use strict';
// TextEncoder.encode and encodeInto.
require('../../common');
const { run } = require('../buffer/harness');
const te = new TextEncoder();
const util = require('util');
const cases = [
  ["encoding", () => te.encoding],
  ["encode", () => te.encode('h\u20ac')],
  ["encode default", () => te.encode()],
  ["encode undefined", () => te.encode(undefined)],
  ["encode null", () => te.encode(null)],
  ["encode number", () => te.encode(12)],
  ["lone surrogate", () => te.encode('\ud800')],
  ["result is plain Uint8Array", () => Object.getPrototypeOf(te.encode('a')) === Uint8Array.prototype],
  ["encodeInto partial", () => te.encodeInto('h\u20ac\ud83d\ude00', new Uint8Array(4))],
  ["encodeInto full", () => te.encodeInto('h\u20ac\ud83d\ude00', new Uint8Array(8))],
  ["encodeInto pair does not fit", () => te.encodeInto('\ud83d\ude00a', new Uint8Array(3))],
  ["encodeInto empty", () => te.encodeInto('', new Uint8Array(0))],
  ["encodeInto buffer", () => (() => { const b = Buffer.alloc(2); return [te.encodeInto('a', b), b]; })()],
  ["encodeInto bad dest", () => te.encodeInto('a', new Uint16Array(4))],
  ["encodeInto bad src", () => te.encodeInto(1, new Uint8Array(2))],
  ["inspect", () => util.inspect(te)],
  ["inspect nested", () => util.inspect({ te })],
  ["large", () => te.encode('\u20ac'.repeat(5000)).length],
  ["bad this", () => TextEncoder.prototype.encode.call({}, 'a')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "utf-8"},
  {"value": {"Uint8Array": [104, 226, 130, 172]}},
  {"value": {"Uint8Array": []}},
  {"value": {"Uint8Array": []}},
  {"value": {"Uint8Array": [110, 117, 108, 108]}},
  {"value": {"Uint8Array": [49, 50]}},
  {"value": {"Uint8Array": [239, 191, 189]}},
  {"value": true},
  {"value": {"read": 2, "written": 4}},
  {"value": {"read": 4, "written": 8}},
  {"value": {"read": 0, "written": 0}},
  {"value": {"read": 0, "written": 0}},
  {"value": [{"read": 1, "written": 1}, {"Buffer": "6100"}]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"dest\" argument must be an instance of Uint8Array. Received an instance of Uint16Array"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"src\" argument must be of type string. Received type number (1)"]},
  {"value": "{ encoding: 'utf-8' }"},
  {"value": "{ te: { encoding: 'utf-8' } }"},
  {"value": 15000},
  {"throws": ["TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type TextEncoder"]},
];
run(cases, expected);
