'use strict';
// StringDecoder hex, latin1 and ascii keep no state.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const feed = (enc, ...chunks) => { const d = new StringDecoder(enc); const out = chunks.map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; };
const cases = [
  ["hex", () => feed('hex', [0x01, 0xff], [0x10])],
  ["latin1", () => feed('latin1', [0xe9], [0x41])],
  ["binary", () => feed('binary', [0xff])],
  ["ascii", () => feed('ascii', [0xe9, 0x41])],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["01ff", "10", ""]},
  {"value": ["\u00e9", "A", ""]},
  {"value": ["\u00ff", ""]},
  {"value": ["iA", ""]},
];
run(cases, expected);
