'use strict';
// copy within one buffer behaves like memmove; large copies.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["forward overlap", () => (() => { const b = Buffer.from([1, 2, 3, 4, 5, 6]); b.copy(b, 2, 0, 4); return b; })()],
  ["backward overlap", () => (() => { const b = Buffer.from([1, 2, 3, 4, 5, 6]); b.copy(b, 0, 2); return b; })()],
  ["subarray views", () => (() => { const b = Buffer.from([1, 2, 3, 4, 5, 6]); b.subarray(1).copy(b.subarray(0, 3)); return b; })()],
  ["large", () => (() => { const a = Buffer.alloc(100000, 7); const t = Buffer.alloc(100010); return [a.copy(t, 10), t[9], t[10], t[100009]]; })()],
  ["copy from uint8array source", () => (() => { const t = Buffer.alloc(3); return [Buffer.prototype.copy.call(new Uint8Array([4, 5]), t, 1), t]; })()],
  ["bad source", () => Buffer.prototype.copy.call([1], Buffer.alloc(1))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "010201020304"}},
  {"value": {"Buffer": "030405060506"}},
  {"value": {"Buffer": "020304040506"}},
  {"value": [100000, 0, 7, 7]},
  {"value": [2, {"Buffer": "000405"}]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"source\" argument must be an instance of Buffer or Uint8Array. Received an instance of Array"]},
];
run(cases, expected);
