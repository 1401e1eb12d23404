'use strict';
// StringDecoder utf16le: odd bytes and surrogate pairs across chunks.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const feed = (enc, ...chunks) => { const d = new StringDecoder(enc); const out = chunks.map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out.map((s) => Array.from(s, (c) => c.codePointAt(0).toString(16))); };
const cases = [
  ["split unit", () => feed('utf16le', [0x61], [0x00, 0x62, 0x00])],
  ["pair split", () => feed('utf16le', [0x3d, 0xd8], [0x00, 0xde])],
  ["pair split odd", () => feed('utf16le', [0x3d, 0xd8, 0x00], [0xde])],
  ["pair byte by byte", () => feed('utf16le', [0x3d], [0xd8], [0x00], [0xde])],
  ["lone high at end", () => feed('utf16le', [0x3d, 0xd8])],
  ["odd byte at end", () => feed('utf16le', [0x61, 0x00, 0x62])],
  ["ucs2 alias", () => feed('ucs2', [0x61, 0x00])],
  ["high then non-low", () => feed('utf16le', [0x3d, 0xd8], [0x61, 0x00])],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [[], ["61", "62"], []]},
  {"value": [[], ["1f600"], []]},
  {"value": [["d83d"], ["de00"], []]},
  {"value": [[], ["d83d"], [], ["de00"], []]},
  {"value": [[], ["d83d"]]},
  {"value": [["61"], []]},
  {"value": [["61"], []]},
  {"value": [[], ["d83d", "61"], []]},
];
run(cases, expected);
