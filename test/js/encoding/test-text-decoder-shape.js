'use strict';
// TextDecoder/TextEncoder prototypes, descriptors, brand checks, inspect, util exports.
require('../../common');
const { run } = require('../buffer/harness');
const util = require('util');
const desc = (o) => Object.fromEntries(Reflect.ownKeys(o).filter((k) => typeof k === 'string').map((k) => { const x = Object.getOwnPropertyDescriptor(o, k); return [k, [typeof x.get, typeof x.value, x.enumerable, x.configurable].join()]; }));
const cases = [
  ["decoder prototype", () => desc(TextDecoder.prototype)],
  ["encoder prototype", () => desc(TextEncoder.prototype)],
  ["toStringTag", () => [Object.prototype.toString.call(new TextDecoder()), Object.prototype.toString.call(new TextEncoder())]],
  ["instance keys", () => [Object.keys(new TextDecoder()), Object.keys(new TextEncoder())]],
  ["inspect", () => util.inspect(new TextDecoder('utf-16le', { fatal: true }))],
  ["inspect nested", () => util.inspect({ d: new TextDecoder() })],
  ["bad this decode", () => TextDecoder.prototype.decode.call({}, new Uint8Array(1))],
  ["bad this encoding", () => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({})],
  ["util exports", () => [util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder]],
  ["names", () => [TextDecoder.name, TextDecoder.length, TextEncoder.name, TextEncoder.length]],
  ["global descriptor", () => (() => { const d = Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder'); return [d.enumerable, d.configurable]; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": {"constructor": "undefined,function,false,true", "decode": "undefined,function,true,true", "encoding": "function,undefined,true,true", "fatal": "function,undefined,true,true", "ignoreBOM": "function,undefined,true,true"}},
  {"value": {"constructor": "undefined,function,false,true", "encoding": "function,undefined,true,true", "encode": "undefined,function,true,true", "encodeInto": "undefined,function,true,true"}},
  {"value": ["[object TextDecoder]", "[object TextEncoder]"]},
  {"value": [[], []]},
  {"value": "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }"},
  {"value": "{\n  d: TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }\n}"},
  {"throws": ["TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type TextDecoder"]},
  {"throws": ["TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type TextDecoder"]},
  {"value": [true, true]},
  {"value": ["TextDecoder", 0, "TextEncoder", 0]},
  {"value": [false, true]},
];
run(cases, expected);
