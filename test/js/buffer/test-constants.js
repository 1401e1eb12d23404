'use strict';
// kMaxLength, kStringMaxLength, constants, poolSize.
require('../../common');
const { run } = require('./harness');
const buffer = require('buffer');
const cases = [
  ["kMaxLength", () => buffer.kMaxLength],
  ["kStringMaxLength", () => buffer.kStringMaxLength],
  ["constants", () => buffer.constants],
  ["constants frozen values", () => (() => { 'use strict'; try { buffer.constants.MAX_LENGTH = 1; } catch (e) { return e.name; } return 'no error'; })()],
  ["same as constants", () => [buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength]],
  ["poolSize", () => Buffer.poolSize],
  ["INSPECT_MAX_BYTES", () => buffer.INSPECT_MAX_BYTES],
  ["node:buffer same", () => require('node:buffer') === buffer],
  ["global Buffer", () => globalThis.Buffer === buffer.Buffer],
  ["global descriptor", () => (() => { const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer'); return [d.enumerable, d.configurable, typeof d.get, typeof d.set]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 9007199254740991},
  {"value": 536870888},
  {"value": {"MAX_LENGTH": 9007199254740991, "MAX_STRING_LENGTH": 536870888}},
  {"value": "TypeError"},
  {"value": [true, true]},
  {"value": 65536},
  {"value": 50},
  {"value": true},
  {"value": true},
  {"value": [false, true, "function", "function"]},
];
run(cases, expected);
