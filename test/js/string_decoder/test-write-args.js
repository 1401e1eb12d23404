'use strict';
// write()/end() arguments: strings pass through, views are accepted, others are rejected.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const cases = [
  ["string passes", () => d.write('abc')],
  ["end with string", () => d.end('x')],
  ["uint8array", () => d.write(new Uint8Array([0x61]))],
  ["data view", () => d.write(new DataView(new Uint8Array([0x62]).buffer))],
  ["uint16array bytes", () => d.write(new Uint16Array([0x6463]))],
  ["number", () => d.write(1)],
  ["null", () => d.write(null)],
  ["array", () => d.write([0x61])],
  ["end undefined", () => d.end()],
  ["end buffer", () => d.end(Buffer.from('z'))],
  ["hex decoder string", () => new StringDecoder('hex').write('zz')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "abc"},
  {"value": "x"},
  {"value": "a"},
  {"value": "b"},
  {"value": "cd"},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received null"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received an instance of Array"]},
  {"value": ""},
  {"value": "z"},
  {"value": "zz"},
];
run(cases, expected);
