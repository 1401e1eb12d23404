'use strict';
// lastChar / lastNeed / lastTotal and text().
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const util = require('util');
const cases = [
  ["fresh", () => (() => { const d = new StringDecoder(); return [d.lastChar, d.lastNeed, d.lastTotal]; })()],
  ["after partial", () => (() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2, 0x82])); return [d.lastChar, d.lastNeed, d.lastTotal]; })()],
  ["after end", () => (() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2, 0x82])); d.end(); return [d.lastChar, d.lastNeed, d.lastTotal]; })()],
  ["utf16 partial", () => (() => { const d = new StringDecoder('utf16le'); d.write(Buffer.from([0x3d, 0xd8])); return [d.lastChar, d.lastNeed, d.lastTotal]; })()],
  ["base64 partial", () => (() => { const d = new StringDecoder('base64'); d.write(Buffer.from([1])); return [d.lastChar, d.lastNeed, d.lastTotal]; })()],
  ["text", () => (() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2])); return d.text(Buffer.from('xab'), 1); })()],
  ["inspect", () => (() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2, 0x82])); return util.inspect(d); })()],
  ["inspect fresh hex", () => util.inspect(new StringDecoder('hex'))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [{"Buffer": "00000000"}, 0, 0]},
  {"value": [{"Buffer": "e2820000"}, 1, 3]},
  {"value": [{"Buffer": "e2820000"}, 0, 0]},
  {"value": [{"Buffer": "3dd80000"}, 2, 4]},
  {"value": [{"Buffer": "01000000"}, 2, 3]},
  {"value": "ab"},
  {"value": "StringDecoder {\n  encoding: 'utf8',\n  Symbol(kNativeDecoder): <Buffer e2 82 00 00 01 02 01>\n}"},
  {"value": "StringDecoder {\n  encoding: 'hex',\n  Symbol(kNativeDecoder): <Buffer 00 00 00 00 00 00 05>\n}"},
];
run(cases, expected);
