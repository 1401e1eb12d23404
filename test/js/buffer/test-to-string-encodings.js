'use strict';
// toString in every encoding over the same bytes, including encoding name variants.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xff, 0xfe]);
const cps = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16));
const cases = [
  ["utf8", () => cps(b.toString('utf8'))],
  ["utf-8", () => cps(b.toString('utf-8'))],
  ["utf16le", () => cps(b.toString('utf16le'))],
  ["ucs-2", () => cps(b.toString('ucs-2'))],
  ["latin1", () => cps(b.toString('latin1'))],
  ["binary", () => cps(b.toString('BINARY'))],
  ["ascii", () => cps(b.toString('ascii'))],
  ["hex", () => b.toString('hex')],
  ["base64", () => b.toString('base64')],
  ["base64url", () => b.toString('base64url')],
  ["Latin1 mixed case", () => cps(b.toString('Latin1'))],
  ["utf-16le upper", () => cps(b.toString('UTF-16LE'))],
  ["number encoding", () => b.toString(1)],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["0", "41", "7f", "fffd", "e9", "fffd", "fffd"]},
  {"value": ["0", "41", "7f", "fffd", "e9", "fffd", "fffd"]},
  {"value": ["4100", "807f", "a9c3", "feff"]},
  {"value": ["4100", "807f", "a9c3", "feff"]},
  {"value": ["0", "41", "7f", "80", "c3", "a9", "ff", "fe"]},
  {"value": ["0", "41", "7f", "80", "c3", "a9", "ff", "fe"]},
  {"value": ["0", "41", "7f", "0", "43", "29", "7f", "7e"]},
  {"value": "00417f80c3a9fffe"},
  {"value": "AEF/gMOp//4="},
  {"value": "AEF_gMOp__4"},
  {"value": ["0", "41", "7f", "80", "c3", "a9", "ff", "fe"]},
  {"value": ["4100", "807f", "a9c3", "feff"]},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: 1"]},
];
run(cases, expected);
