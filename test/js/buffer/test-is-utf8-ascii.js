'use strict';
// buffer.isUtf8 / buffer.isAscii over Buffers, typed arrays and ArrayBuffers.
require('../../common');
const { run } = require('./harness');
const { isUtf8, isAscii } = require('buffer');
const cases = [
  ["valid utf8", () => isUtf8(Buffer.from('h\u00e9\u20ac\ud83d\ude00'))],
  ["overlong", () => isUtf8(Buffer.from([0xc0, 0x80]))],
  ["surrogate", () => isUtf8(Buffer.from([0xed, 0xa0, 0x80]))],
  ["truncated", () => isUtf8(Buffer.from([0xe2, 0x82]))],
  ["above max", () => isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80]))],
  ["empty", () => [isUtf8(Buffer.alloc(0)), isAscii(Buffer.alloc(0))]],
  ["array buffer", () => isUtf8(new ArrayBuffer(2))],
  ["uint16array", () => isUtf8(new Uint16Array([0x6161]))],
  ["large valid", () => isUtf8(Buffer.from('\u20ac'.repeat(1000)))],
  ["large invalid at end", () => isUtf8(Buffer.concat([Buffer.from('a'.repeat(2000)), Buffer.from([0xff])]))],
  ["ascii yes", () => isAscii(Buffer.from('abc'))],
  ["ascii no", () => isAscii(Buffer.from([0x80]))],
  ["ascii large", () => [isAscii(Buffer.alloc(5000, 0x41)), isAscii(Buffer.concat([Buffer.alloc(5000, 0x41), Buffer.from([0xc3])]))]],
  ["ascii array buffer", () => isAscii(new Uint8Array([1, 2]).buffer)],
  ["bad input string", () => isUtf8('x')],
  ["bad input null", () => isAscii(null)],
  ["data view", () => isAscii(new DataView(new ArrayBuffer(1)))],
  ["subarray view", () => isUtf8(Buffer.from([0xff, 0x61, 0xff]).subarray(1, 2))],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": false},
  {"value": false},
  {"value": false},
  {"value": false},
  {"value": [true, true]},
  {"value": true},
  {"value": true},
  {"value": true},
  {"value": false},
  {"value": true},
  {"value": false},
  {"value": [true, false]},
  {"value": true},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received type string ('x')"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received null"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"input\" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of DataView"]},
  {"value": true},
];
run(cases, expected);
