'use strict';
// Buffer.from(object): valueOf, Symbol.toPrimitive, and the argument type error.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["valueOf string", () => Buffer.from(new String('abc'))],
  ["valueOf with encoding", () => Buffer.from(new String('6162'), 'hex')],
  ["custom valueOf", () => Buffer.from({ valueOf() { return 'xy'; } })],
  ["valueOf returning array", () => Buffer.from({ valueOf() { return [1, 2]; } })],
  ["toPrimitive", () => Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } })],
  ["toPrimitive with encoding", () => Buffer.from({ [Symbol.toPrimitive]() { return 'ff'; } }, 'hex')],
  ["number", () => Buffer.from(5)],
  ["null", () => Buffer.from(null)],
  ["undefined", () => Buffer.from()],
  ["boolean", () => Buffer.from(true)],
  ["symbol", () => Buffer.from(Symbol('s'))],
  ["plain object", () => Buffer.from({})],
  ["function", () => Buffer.from(() => {})],
  ["unknown encoding", () => Buffer.from('abc', 'utf9')],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"Buffer": "616263"}},
  {"value": {"Buffer": "6162"}},
  {"value": {"Buffer": "7879"}},
  {"value": {"Buffer": "0102"}},
  {"value": {"Buffer": "7470"}},
  {"value": {"Buffer": "ff"}},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type boolean (true)"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type symbol (Symbol(s))"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received function "]},
  {"throws": ["TypeError", "ERR_UNKNOWN_ENCODING", "Unknown encoding: utf9"]},
];
run(cases, expected);
