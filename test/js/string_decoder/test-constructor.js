'use strict';
// new StringDecoder(encoding): normalised names and errors.
require('../../common');
const { run } = require('../buffer/harness');
const { StringDecoder } = require('string_decoder');
const cases = [
  ["names", () => ['utf8', 'UTF-8', 'ucs2', 'UCS-2', 'utf16le', 'binary', 'latin1', 'BASE64', 'base64url', 'hex', 'ascii', undefined, null, ''].map((e) => new StringDecoder(e).encoding)],
  ["unknown", () => new StringDecoder('utf9')],
  ["number", () => new StringDecoder(1)],
  ["module keys", () => Object.keys(require('string_decoder'))],
  ["prototype keys", () => Reflect.ownKeys(StringDecoder.prototype)],
  ["instance keys", () => Object.keys(new StringDecoder())],
  ["call without new", () => (() => { try { StringDecoder('utf8'); return 'no error'; } catch (e) { return e.name; } })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["utf8", "utf8", "utf16le", "utf16le", "utf16le", "latin1", "latin1", "base64", "base64url", "hex", "ascii", "utf8", "utf8", "utf8"]},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: utf9"]},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: 1"]},
  {"value": ["StringDecoder"]},
  {"value": ["constructor", "write", "end", "text", "lastChar", "lastNeed", "lastTotal"]},
  {"value": ["encoding"]},
  {"value": "TypeError"},
];
run(cases, expected);
