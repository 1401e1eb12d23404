'use strict';
// Large buffers: compare, equals, indexOf and fill agree with small ones.
require('../../common');
const { run } = require('./harness');
const big = Buffer.alloc(300000); for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 0xff;
const twin = Buffer.from(big);
const cases = [
  ["equals", () => big.equals(twin)],
  ["compare equal", () => Buffer.compare(big, twin)],
  ["compare differ late", () => (() => { const t = Buffer.from(big); t[299999] ^= 1; return [big.compare(t), t.compare(big), big.equals(t)]; })()],
  ["compare ranges", () => big.compare(twin, 1000, 200000, 1000, 200000)],
  ["compare unequal lengths", () => big.compare(twin.subarray(0, 299999))],
  ["indexOf pattern", () => big.indexOf(Buffer.from([7 * 250000 & 0xff, (7 * 250001) & 0xff, (7 * 250002) & 0xff]), 100000)],
  ["lastIndexOf pattern", () => big.lastIndexOf(Buffer.from([0, 7, 14]))],
  ["indexOf byte", () => big.indexOf(3, 1000)],
  ["fill pattern large", () => (() => { const b = Buffer.alloc(100001).fill('abc'); return [b.toString('latin1', 0, 7), b.toString('latin1', 99996), b.indexOf('abcabc', 50000)]; })()],
  ["fill hex large", () => Buffer.alloc(70000).fill('0102', 'hex').subarray(69996)],
  ["concat large", () => Buffer.concat([big, big]).length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": 0},
  {"value": [1, -1, false]},
  {"value": 0},
  {"value": 1},
  {"value": 100240},
  {"value": 299776},
  {"value": 1061},
  {"value": ["abcabca", "abcab", 50001]},
  {"value": {"Buffer": "01020102"}},
  {"value": 600000},
];
run(cases, expected);
