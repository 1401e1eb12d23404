'use strict';
// Decoders are independent; a typed array of any element size is read as bytes.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const cases = [
  ["two decoders", () => (() => { const a = new StringDecoder(); const b = new StringDecoder(); return [a.write(Buffer.from([0xe2])), b.write(Buffer.from([0x61])), a.write(Buffer.from([0x82, 0xac]))]; })()],
  ["float32array", () => new StringDecoder('hex').write(new Float32Array([1]))],
  ["reuse after end", () => (() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2])); d.end(); return d.write(Buffer.from('ok')); })()],
  ["latin1 all bytes length", () => new StringDecoder('latin1').write(Buffer.alloc(256).map((x, i) => i)).length],
  ["base64 reuse after end", () => (() => { const d = new StringDecoder('base64'); d.write(Buffer.from([1])); const a = d.end(); return [a, d.write(Buffer.from([1, 2, 3])), d.end()]; })()],
  ["bad this", () => (() => { try { StringDecoder.prototype.write.call({}, Buffer.from('a')); } catch (e) { return [e.name, e.code]; } return 'no error'; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["", "a", "\u20ac"]},
  {"value": "0000803f"},
  {"value": "ok"},
  {"value": 256},
  {"value": ["AQ==", "AQID", ""]},
  {"value": ["TypeError", "ERR_INVALID_THIS"]},
];
run(cases, expected);
