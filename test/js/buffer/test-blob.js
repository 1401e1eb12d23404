'use strict';
// Blob: parts, type normalisation, endings, size, errors.
require('../../common');
const { run } = require('./harness');
const { Blob } = require('buffer');
const util = require('util');
const cases = [
  ["mixed parts size", () => new Blob(['ab', new Uint8Array([99]), new Blob(['d']), new Uint16Array([0x6665]).buffer, 1, null, {}]).size],
  ["type lowered", () => new Blob([], { type: 'Text/HTML' }).type],
  ["type non-ascii", () => new Blob([], { type: 'a\u00e9' }).type],
  ["type control", () => new Blob([], { type: 'a\x01' }).type],
  ["type number", () => new Blob([], { type: 5 }).type],
  ["no args", () => [new Blob().size, new Blob().type]],
  ["string sources", () => new Blob('abc')],
  ["number sources", () => new Blob(1)],
  ["array-like sources", () => new Blob({ length: 1, 0: 'a' })],
  ["set sources", () => new Blob(new Set(['a', 'b'])).size],
  ["bad endings", () => new Blob(['a'], { endings: 'x' })],
  ["options number", () => new Blob(['a'], 1)],
  ["options null", () => new Blob(['a'], null).size],
  ["inspect", () => util.inspect(new Blob(['hello'], { type: 'text/plain' }))],
  ["inspect depth", () => util.inspect({ x: { y: new Blob(['a']) } }, { depth: 0 })],
  ["toStringTag", () => Object.prototype.toString.call(new Blob())],
  ["own keys", () => Object.keys(new Blob(['a']))],
  ["size on prototype", () => Blob.prototype.size],
  ["name length", () => [Blob.name, Blob.length]],
  ["global", () => globalThis.Blob === Blob],
  ["source copied", () => (() => { const u = new Uint8Array([1]); const b = new Blob([u]); u[0] = 2; return b.size; })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": 26},
  {"value": "text/html"},
  {"value": ""},
  {"value": ""},
  {"value": "5"},
  {"value": [0, ""]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "Value cannot be converted to sequence."]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "Value cannot be converted to sequence."]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "Value cannot be converted to sequence."]},
  {"value": 2},
  {"throws": ["TypeError", "ERR_INVALID_ARG_VALUE", "The property 'options.endings' is invalid. Received 'x'"]},
  {"throws": ["TypeError", "ERR_INVALID_ARG_TYPE", "The \"options\" argument must be a dictionary. Received type number (1)"]},
  {"value": 1},
  {"value": "Blob { size: 5, type: 'text/plain' }"},
  {"value": "{ x: [Object] }"},
  {"value": "[object Blob]"},
  {"value": []},
  {"throws": ["TypeError", "ERR_INVALID_THIS", "Value of \"this\" must be of type Blob"]},
  {"value": ["Blob", 0]},
  {"value": true},
  {"value": 1},
];
run(cases, expected);
