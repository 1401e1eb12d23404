'use strict';
// Large buffers decode in bulk (the Java binding) with the same replacement rules as small ones.
require('../../common');
const { run } = require('./harness');
const pattern = [0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x80, 0xc3, 0xe2, 0x82, 0x41, 0xed, 0xa0, 0x80, 0xff];
const big = Buffer.alloc(pattern.length * 200);
for (let i = 0; i < big.length; i++) big[i] = pattern[i % pattern.length];
const small = Buffer.from(pattern).toString();
const cases = [
  ["large equals repeated small", () => big.toString() === small.repeat(200)],
  ["large length", () => big.toString().length],
  ["large slice with offsets", () => big.toString('utf8', 5, 4000) === Buffer.from(big.subarray(5, 4000)).toString()],
  ["large latin1", () => big.toString('latin1').length],
  ["large ascii first", () => big.toString('ascii').slice(0, 12)],
  ["large utf16", () => big.toString('utf16le').length],
  ["large hex prefix", () => big.toString('hex').slice(0, 40)],
  ["large base64 round trip", () => Buffer.from(big.toString('base64'), 'base64').equals(big)],
  ["large base64url round trip", () => Buffer.from(big.toString('base64url'), 'base64url').equals(big)],
  ["large hex round trip", () => Buffer.from(big.toString('hex'), 'hex').equals(big)],
  ["large latin1 round trip", () => Buffer.from(big.toString('latin1'), 'latin1').equals(big)],
  ["large utf16 round trip", () => Buffer.from(big.toString('utf16le'), 'utf16le').equals(big)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": 2600},
  {"value": true},
  {"value": 3800},
  {"value": "aC)b\u0002,p\u001f\u0018\u0000\u0000C"},
  {"value": 1900},
  {"value": "61c3a9e282acf09f988080c3e28241eda080ff61"},
  {"value": true},
  {"value": true},
  {"value": true},
  {"value": true},
  {"value": true},
];
run(cases, expected);
