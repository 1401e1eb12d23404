'use strict';
// The legacy parent / offset getters and pooled byteOffsets.
require('../../common');
const { run } = require('./harness');
const ab = new ArrayBuffer(8);
const cases = [
  ["parent", () => Buffer.from(ab, 2).parent === ab],
  ["offset", () => Buffer.from(ab, 2).offset],
  ["plain uint8array has none", () => [Buffer.prototype.__lookupGetter__('parent').call(new Uint8Array(1)), Object.getOwnPropertyDescriptor(Buffer.prototype, 'offset').get.call(new Uint8Array(2))]],
  ["enumerable getters", () => ['parent', 'offset'].map((k) => { const d = Object.getOwnPropertyDescriptor(Buffer.prototype, k); return [typeof d.get, d.set, d.enumerable, d.configurable]; })],
  ["subarray offset adds", () => Buffer.from(ab, 2).subarray(3).offset],
  ["pooled offsets advance", () => (() => { const a = Buffer.from('x'); const b = Buffer.from('y'); return a.parent === b.parent ? b.offset - a.offset : 'not pooled'; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": 2},
  {"value": [{"undefined": true}, {"undefined": true}]},
  {"value": [["function", {"undefined": true}, true, false], ["function", {"undefined": true}, true, false]]},
  {"value": 5},
  {"value": 8},
];
run(cases, expected);
