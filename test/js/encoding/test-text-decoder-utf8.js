'use strict';
// TextDecoder utf-8: replacement, BOM, fatal, streaming.
require('../../common');
const { run } = require('../buffer/harness');
const d = new TextDecoder();
const u = (...b) => new Uint8Array(b);
const cases = [
  ["plain", () => d.decode(u(0x68, 0xc3, 0xa9))],
  ["no input", () => d.decode()],
  ["bom stripped", () => d.decode(u(0xef, 0xbb, 0xbf, 0x61))],
  ["bom kept with ignoreBOM", () => new TextDecoder('utf-8', { ignoreBOM: true }).decode(u(0xef, 0xbb, 0xbf, 0x61)).length],
  ["only first bom", () => d.decode(u(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf)).length],
  ["invalid", () => d.decode(u(0xe2, 0x82, 0x41, 0xff))],
  ["array buffer input", () => d.decode(u(0x61, 0x62).buffer)],
  ["data view input", () => d.decode(new DataView(u(0x61).buffer))],
  ["uint16 input", () => d.decode(new Uint16Array([0x6261]))],
  ["stream split", () => [d.decode(u(0xe2), { stream: true }), d.decode(u(0x82, 0xac), { stream: true }), d.decode()]],
  ["stream flush partial", () => [d.decode(u(0xe2, 0x82), { stream: true }), d.decode()]],
  ["stream bom split", () => (() => { const x = new TextDecoder(); return [x.decode(u(0xef), { stream: true }), x.decode(u(0xbb, 0xbf, 0x61), { stream: true }), x.decode()]; })()],
  ["fatal invalid", () => new TextDecoder('utf-8', { fatal: true }).decode(u(0xff))],
  ["fatal truncated", () => new TextDecoder('utf-8', { fatal: true }).decode(u(0xe2, 0x82))],
  ["fatal stream ok then end", () => (() => { const x = new TextDecoder('utf-8', { fatal: true }); const a = x.decode(u(0xe2), { stream: true }); try { x.decode(); } catch (e) { return [a, e.code]; } })()],
  ["string input", () => d.decode('abc')],
  ["null input", () => d.decode(null)],
  ["options type", () => d.decode(u(0x61), 1)],
  ["large", () => d.decode(Buffer.from('\u20ac\ud83d\ude00'.repeat(3000))).length],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "h\u00e9"},
  {"value": ""},
  {"value": "a"},
  {"value": 2},
  {"value": 1},
  {"value": "\ufffdA\ufffd"},
  {"value": "ab"},
  {"value": "a"},
  {"value": "ab"},
  {"value": ["", "\u20ac", ""]},
  {"value": ["", "\ufffd"]},
  {"value": ["", "a", ""]},
  {"throws": ["TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"]},
  {"throws": ["TypeError", "ERR_ENCODING_INVALID_ENCODED_DATA", "The encoded data was not valid for encoding utf-8"]},
  {"value": ["", "ERR_ENCODING_INVALID_ENCODED_DATA"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be of type object. Received type number (1)"]},
  {"value": 9000},
];
run(cases, expected);
