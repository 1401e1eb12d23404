'use strict';
// Buffers iterate like Uint8Arrays.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([1, 2, 3]);
const cases = [
  ["for of", () => (() => { const out = []; for (const x of b) out.push(x); return out; })()],
  ["keys", () => Array.from(b.keys())],
  ["values", () => Array.from(b.values())],
  ["entries", () => Array.from(b.entries())],
  ["spread", () => [...b]],
  ["array from", () => Array.from(Buffer.from('hi'))],
  ["reduce", () => b.reduce((a, x) => a + x, 0)],
  ["at", () => [b.at(-1), b.at(5)]],
  ["reverse in place", () => Buffer.from([1, 2, 3]).reverse()],
  ["sort", () => Buffer.from([3, 1, 2]).sort()],
  ["join", () => b.join('-')],
  ["length property", () => [b.length, b.byteLength]],
  ["index assignment wraps", () => (() => { const c = Buffer.alloc(2); c[0] = 300; c[1] = -1; return c; })()],
  ["out of range index ignored", () => (() => { const c = Buffer.alloc(1); c[5] = 1; return [c.length, c[5]]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [1, 2, 3]},
  {"value": [0, 1, 2]},
  {"value": [1, 2, 3]},
  {"value": [[0, 1], [1, 2], [2, 3]]},
  {"value": [1, 2, 3]},
  {"value": [104, 105]},
  {"value": 6},
  {"value": [3, {"undefined": true}]},
  {"value": {"Buffer": "030201"}},
  {"value": {"Buffer": "010203"}},
  {"value": "1-2-3"},
  {"value": [3, 3]},
  {"value": {"Buffer": "2cff"}},
  {"value": [1, {"undefined": true}]},
];
run(cases, expected);
