'use strict';
// Buffer.byteLength(string | buffer, encoding).
require('../../common');
const { run } = require('./harness');
const cases = [
  ["utf8 default", () => Buffer.byteLength('h\u00e9\u20ac\ud83d\ude00')],
  ["lone surrogate 3 bytes", () => Buffer.byteLength('\ud800')],
  ["utf16le", () => Buffer.byteLength('abc', 'ucs2')],
  ["latin1", () => Buffer.byteLength('\u20ac', 'binary')],
  ["hex", () => Buffer.byteLength('abcde', 'hex')],
  ["base64", () => Buffer.byteLength('YWJj', 'base64')],
  ["unknown encoding falls back to utf8", () => Buffer.byteLength('\u00e9', 'nope')],
  ["buffer", () => Buffer.byteLength(Buffer.alloc(7))],
  ["typed array bytes", () => Buffer.byteLength(new Uint32Array(3))],
  ["data view", () => Buffer.byteLength(new DataView(new ArrayBuffer(5)))],
  ["array buffer", () => Buffer.byteLength(new ArrayBuffer(9))],
  ["number", () => Buffer.byteLength(5)],
  ["undefined", () => Buffer.byteLength()],
  ["empty", () => Buffer.byteLength('', 'hex')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 10},
  {"value": 3},
  {"value": 6},
  {"value": 1},
  {"value": 2},
  {"value": 3},
  {"value": 2},
  {"value": 7},
  {"value": 12},
  {"value": 5},
  {"value": 9},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received undefined"]},
  {"value": 0},
];
run(cases, expected);
