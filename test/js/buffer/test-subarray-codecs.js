'use strict';
// Codecs on views that start inside their ArrayBuffer (byteOffset is honoured, small and large).
require('../../common');
const { run } = require('./harness');
const base = Buffer.alloc(3000); for (let i = 0; i < base.length; i++) base[i] = 0x41 + (i % 26);
const view = base.subarray(7, 2007);
const cases = [
  ["utf8 small", () => view.toString('utf8', 0, 10)],
  ["utf8 large", () => view.toString().slice(0, 5) + view.toString().slice(-5)],
  ["latin1 large", () => view.toString('latin1').length],
  ["hex large", () => view.toString('hex').slice(0, 10)],
  ["base64 large", () => view.toString('base64').slice(0, 12)],
  ["ucs2 large", () => view.toString('ucs2').length],
  ["write large into view", () => (() => { const b = Buffer.alloc(3000); const v = b.subarray(11); v.write('z'.repeat(1500)); return [b[10], b[11], b[1510], b[1511]]; })()],
  ["hex write into view", () => (() => { const b = Buffer.alloc(1500); const v = b.subarray(3); return [v.write('ab'.repeat(700), 'hex'), b[2], b[3], b[702], b[703]]; })()],
  ["compare views", () => Buffer.compare(base.subarray(0, 1500), base.subarray(26, 1526))],
  ["equals views", () => base.subarray(0, 1300).equals(base.subarray(26, 1326))],
  ["indexOf in view", () => view.indexOf('ZA')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "HIJKLMNOPQ"},
  {"value": "HIJKLABCDE"},
  {"value": 2000},
  {"value": "48494a4b4c"},
  {"value": "SElKS0xNTk9Q"},
  {"value": 1000},
  {"value": [0, 122, 122, 0]},
  {"value": [700, 0, 171, 171, 0]},
  {"value": 0},
  {"value": true},
  {"value": 18},
];
run(cases, expected);
