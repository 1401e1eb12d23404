'use strict';
// TextDecoder utf-16le/be and windows-1252.
require('../../common');
const { run } = require('../buffer/harness');
const u = (...b) => new Uint8Array(b);
const cps = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16));
const cases = [
  ["utf16le", () => cps(new TextDecoder('utf-16le').decode(u(0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde)))],
  ["utf16le bom", () => cps(new TextDecoder('utf-16le').decode(u(0xff, 0xfe, 0x61, 0x00)))],
  ["utf16le lone surrogate", () => cps(new TextDecoder('utf-16le').decode(u(0x00, 0xd8, 0x61, 0x00)))],
  ["utf16le odd byte", () => cps(new TextDecoder('utf-16le').decode(u(0x61, 0x00, 0x62)))],
  ["utf16le surrogate then odd", () => cps(new TextDecoder('utf-16le').decode(u(0xff, 0xfe, 0x61, 0, 0x00, 0xd8, 0x62)))],
  ["utf16le fatal", () => new TextDecoder('utf-16le', { fatal: true }).decode(u(0x61, 0x00, 0x00, 0xd8))],
  ["utf16le stream", () => (() => { const d = new TextDecoder('utf-16le'); return [d.decode(u(0x3d), { stream: true }), d.decode(u(0xd8, 0x00), { stream: true }), cps(d.decode(u(0xde)))]; })()],
  ["utf16be", () => cps(new TextDecoder('utf-16be').decode(u(0xfe, 0xff, 0x00, 0x61, 0xd8, 0x3d, 0xde, 0x00)))],
  ["windows-1252", () => cps(new TextDecoder('latin1').decode(u(0x80, 0x81, 0x9f, 0xe9, 0x41)))],
  ["ascii label is 1252", () => new TextDecoder('ascii').decode(u(0x80))],
  ["windows-1252 large", () => new TextDecoder('windows-1252').decode(new Uint8Array(3000).fill(0x80)).length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["61", "1f600"]},
  {"value": ["61"]},
  {"value": ["fffd", "61"]},
  {"value": ["61", "fffd"]},
  {"value": ["61", "fffd"]},
  {"throws": ["TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-16le"]},
  {"value": ["", "", ["1f600"]]},
  {"value": ["61", "1f600"]},
  {"value": ["20ac", "81", "178", "e9", "41"]},
  {"value": "\u20ac"},
  {"value": 3000},
];
run(cases, expected);
