'use strict';
// StringDecoder base64 / base64url: whole 3-byte groups are encoded, the rest on end().
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const feed = (enc, ...chunks) => { const d = new StringDecoder(enc); const out = chunks.map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; };
const cases = [
  ["split groups", () => feed('base64', [0x61], [0x62], [0x63, 0x64])],
  ["exact", () => feed('base64', [0x61, 0x62, 0x63])],
  ["remainder on end", () => feed('base64', [0x61, 0x62, 0x63, 0x64])],
  ["base64url", () => feed('base64url', [0xfb], [0xff], [0xbf, 0xfb])],
  ["nothing", () => feed('base64')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["", "", "YWJj", "ZA=="]},
  {"value": ["YWJj", ""]},
  {"value": ["YWJj", "ZA=="]},
  {"value": ["", "", "-_-_", "-w"]},
  {"value": [""]},
];
run(cases, expected);
