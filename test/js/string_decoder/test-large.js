'use strict';
// Large chunks through StringDecoder take the bulk paths and keep the split rules.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const s = '\u20ac\ud83d\ude00abc\u00e9'.repeat(500);
const bytes = Buffer.from(s);
const cases = [
  ["utf8 in 3 uneven chunks", () => (() => { const d = new StringDecoder(); const out = d.write(bytes.subarray(0, 1001)) + d.write(bytes.subarray(1001, 3333)) + d.write(bytes.subarray(3333)) + d.end(); return out === s; })()],
  ["utf16 in odd chunks", () => (() => { const b = Buffer.from(s, 'utf16le'); const d = new StringDecoder('utf16le'); const out = d.write(b.subarray(0, 999)) + d.write(b.subarray(999, 2001)) + d.write(b.subarray(2001)) + d.end(); return out === s; })()],
  ["base64 in chunks", () => (() => { const d = new StringDecoder('base64'); const out = d.write(bytes.subarray(0, 1000)) + d.write(bytes.subarray(1000)) + d.end(); return out === bytes.toString('base64'); })()],
  ["hex", () => new StringDecoder('hex').write(bytes).length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": true},
  {"value": true},
  {"value": 12000},
];
run(cases, expected);
