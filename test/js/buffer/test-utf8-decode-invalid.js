'use strict';
// toString('utf8') replaces invalid UTF-8 like the WHATWG decoder: one U+FFFD per maximal subpart.
require('../../common');
const { run } = require('./harness');
const d = (...bytes) => Buffer.from(bytes).toString();
const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16));
const cases = [
  ["lone continuation", () => codes(d(0x80))],
  ["two continuations", () => codes(d(0x80, 0x80))],
  ["truncated 2-byte", () => codes(d(0xc3))],
  ["truncated 3-byte", () => codes(d(0xe2, 0x82))],
  ["truncated 3-byte then ascii", () => codes(d(0xe2, 0x82, 0x41))],
  ["truncated 4-byte", () => codes(d(0xf0, 0x9f, 0x98))],
  ["overlong 2-byte", () => codes(d(0xc0, 0x80))],
  ["overlong c1", () => codes(d(0xc1, 0xbf))],
  ["overlong 3-byte", () => codes(d(0xe0, 0x80, 0x80))],
  ["surrogate encoded", () => codes(d(0xed, 0xa0, 0x80))],
  ["max valid", () => codes(d(0xf4, 0x8f, 0xbf, 0xbf))],
  ["above max", () => codes(d(0xf4, 0x90, 0x80, 0x80))],
  ["f5 lead", () => codes(d(0xf5, 0x80))],
  ["ff byte", () => codes(d(0xff, 0x41))],
  ["f0 bad second", () => codes(d(0xf0, 0x80, 0x80))],
  ["valid mix", () => d(0x68, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["fffd"]},
  {"value": ["fffd", "fffd"]},
  {"value": ["fffd"]},
  {"value": ["fffd"]},
  {"value": ["fffd", "41"]},
  {"value": ["fffd"]},
  {"value": ["fffd", "fffd"]},
  {"value": ["fffd", "fffd"]},
  {"value": ["fffd", "fffd", "fffd"]},
  {"value": ["fffd", "fffd", "fffd"]},
  {"value": ["10ffff"]},
  {"value": ["fffd", "fffd", "fffd", "fffd"]},
  {"value": ["fffd", "fffd"]},
  {"value": ["fffd", "41"]},
  {"value": ["fffd", "fffd", "fffd"]},
  {"value": "h\u00e9\u20ac\ud83d\ude00"},
];
run(cases, expected);
