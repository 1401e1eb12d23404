'use strict';
// util.inspect of Buffers: hex bytes, INSPECT_MAX_BYTES, extra properties.
require('../../common');
const { run } = require('./harness');
const util = require('util');
const buffer = require('buffer');
const cases = [
  ["short", () => util.inspect(Buffer.from('abc'))],
  ["empty", () => util.inspect(Buffer.alloc(0))],
  ["long", () => util.inspect(Buffer.alloc(60, 1))],
  ["51 bytes", () => util.inspect(Buffer.alloc(51))],
  ["extra property", () => (() => { const b = Buffer.from('ab'); b.foo = 'bar'; return util.inspect(b); })()],
  ["extra on empty", () => (() => { const b = Buffer.alloc(0); b.x = 1; return util.inspect(b); })()],
  ["hidden property showHidden", () => (() => { const b = Buffer.from('a'); Object.defineProperty(b, 'h', { value: 1 }); return [util.inspect(b), util.inspect(b, { showHidden: true })]; })()],
  ["nested", () => util.inspect({ a: Buffer.from([1]) })],
  ["in array", () => util.inspect([Buffer.from([1, 2])])],
  ["inspect method", () => Buffer.from('ab').inspect()],
  ["custom symbol same", () => Buffer.prototype[util.inspect.custom] === Buffer.prototype.inspect],
  ["subclass name", () => (() => { class My extends Buffer {} const b = Buffer.from('a'); Object.setPrototypeOf(b, My.prototype); return util.inspect(b); })()],
  ["format %s", () => util.format('%s', Buffer.from('a'))],
  ["max bytes setting", () => (() => { const old = buffer.INSPECT_MAX_BYTES; buffer.INSPECT_MAX_BYTES = 2; const s = util.inspect(Buffer.from('abcd')); buffer.INSPECT_MAX_BYTES = old; return s; })()],
  ["max bytes zero", () => (() => { const old = buffer.INSPECT_MAX_BYTES; buffer.INSPECT_MAX_BYTES = 0; const s = util.inspect(Buffer.from('ab')); buffer.INSPECT_MAX_BYTES = old; return s; })()],
  ["max bytes invalid", () => (() => { buffer.INSPECT_MAX_BYTES = -1; })()],
  ["max bytes type", () => (() => { buffer.INSPECT_MAX_BYTES = '1'; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": "<Buffer 61 62 63>"},
  {"value": "<Buffer >"},
  {"value": "<Buffer 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 ... 10 more bytes>"},
  {"value": "<Buffer 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 1 more byte>"},
  {"value": "<Buffer 61 62, foo: 'bar'>"},
  {"value": "<Buffer x: 1>"},
  {"value": ["<Buffer 61>", "<Buffer 61, h: 1>"]},
  {"value": "{ a: <Buffer 01> }"},
  {"value": "[ <Buffer 01 02> ]"},
  {"value": "<Buffer 61 62>"},
  {"value": true},
  {"value": "<My 61>"},
  {"value": "a"},
  {"value": "<Buffer 61 62 ... 2 more bytes>"},
  {"value": "<Buffer  ... 2 more bytes>"},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"INSPECT_MAX_BYTES\" is out of range. It must be >= 0. Received -1"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"INSPECT_MAX_BYTES\" argument must be of type number. Received type string ('1')"]},
];
run(cases, expected);
