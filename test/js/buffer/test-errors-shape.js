'use strict';
// Buffer errors carry Node's codes, classes and toString form.
require('../../common');
const { run } = require('./harness');
const e = (fn) => { try { fn(); } catch (err) { return [err.name, err.code, err instanceof RangeError, err instanceof TypeError, String(err)]; } };
const cases = [
  ["out of range", () => e(() => Buffer.alloc(1).readUInt8(1))],
  ["bounds", () => e(() => Buffer.alloc(0).readUInt8(0))],
  ["arg type", () => e(() => Buffer.alloc('1'))],
  ["unknown encoding", () => e(() => Buffer.from('a', 'nope'))],
  ["buffer size", () => e(() => Buffer.alloc(1).swap16())],
  ["invalid arg value", () => e(() => Buffer.alloc(1).fill(''.padEnd(0), 0, 1, 'hex') && Buffer.alloc(1).fill('z', 'hex'))],
  ["stack names code", () => (() => { try { Buffer.alloc(-1); } catch (err) { return err.stack.split('\n')[0]; } })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": ["RangeError", "ERR_OUT_OF_RANGE", true, false, "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"]},
  {"value": ["RangeError", "ERR_BUFFER_OUT_OF_BOUNDS", true, false, "RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: Attempt to access memory outside buffer bounds"]},
  {"value": ["TypeError", "ERR_INVALID_ARG_TYPE", false, true, "TypeError [ERR_INVALID_ARG_TYPE]: The \"size\" argument must be of type number. Received type string ('1')"]},
  {"value": ["TypeError", "ERR_UNKNOWN_ENCODING", false, true, "TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: nope"]},
  {"value": ["RangeError", "ERR_INVALID_BUFFER_SIZE", true, false, "RangeError [ERR_INVALID_BUFFER_SIZE]: Buffer size must be a multiple of 16-bits"]},
  {"value": ["TypeError", "ERR_INVALID_ARG_VALUE", false, true, "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received 'z'"]},
  {"value": "RangeError [ERR_OUT_OF_RANGE]: The value of \"size\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"},
];
run(cases, expected);
