'use strict';
// StringDecoder utf8: characters split across chunks are held back.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const feed = (enc, ...chunks) => { const d = new StringDecoder(enc); const out = chunks.map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; };
const cases = [
  ["euro split 1+2", () => feed('utf8', [0xe2], [0x82, 0xac])],
  ["euro split byte by byte", () => feed('utf8', [0xe2], [0x82], [0xac])],
  ["emoji split", () => feed('utf8', [0xf0, 0x9f], [0x98, 0x80])],
  ["incomplete at end", () => feed('utf8', [0x61, 0xe2, 0x82])],
  ["broken continuation", () => feed('utf8', [0xe2], [0x41])],
  ["broken after two", () => feed('utf8', [0xf0, 0x9f], [0x41, 0x42])],
  ["lone continuation", () => feed('utf8', [0x80, 0x80])],
  ["ascii only", () => feed('utf8', [0x61], [0x62])],
  ["valid then split", () => feed('utf8', [0x61, 0xc3], [0xa9, 0x62])],
  ["invalid lead byte at end", () => feed('utf8', [0x61, 0xff])],
  ["many continuations at end", () => feed('utf8', [0x80, 0x80, 0x80, 0x80])],
  ["two-byte split", () => feed('utf8', [0xc3], [0xa9])],
  ["empty chunks", () => feed('utf8', [], [0xe2], [], [0x82, 0xac])],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["", "\u20ac", ""]},
  {"value": ["", "", "\u20ac", ""]},
  {"value": ["", "\ud83d\ude00", ""]},
  {"value": ["a", "\ufffd"]},
  {"value": ["", "\ufffdA", ""]},
  {"value": ["", "\ufffdAB", ""]},
  {"value": ["\ufffd\ufffd", ""]},
  {"value": ["a", "b", ""]},
  {"value": ["a", "\u00e9b", ""]},
  {"value": ["a\ufffd", ""]},
  {"value": ["\ufffd\ufffd\ufffd\ufffd", ""]},
  {"value": ["", "\u00e9", ""]},
  {"value": ["", "", "", "\u20ac", ""]},
];
run(cases, expected);
