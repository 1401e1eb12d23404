'use strict';
// latin1/ascii/hex decoders with empty input and end() with data.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const cases = [
  ["empty write", () => new StringDecoder('latin1').write(Buffer.alloc(0))],
  ["end with data", () => new StringDecoder('ascii').end(Buffer.from([0xc1]))],
  ["hex end", () => new StringDecoder('hex').end(Buffer.from([0xab]))],
  ["utf8 end with partial", () => new StringDecoder('utf8').end(Buffer.from([0x61, 0xe2]))],
  ["utf16 end odd", () => new StringDecoder('utf16le').end(Buffer.from([0x61]))],
  ["base64url end", () => new StringDecoder('base64url').end(Buffer.from([0xff]))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ""},
  {"value": "A"},
  {"value": "ab"},
  {"value": "a\ufffd"},
  {"value": ""},
  {"value": "_w"},
];
run(cases, expected);
