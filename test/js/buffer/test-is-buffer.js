'use strict';
// Buffer.isBuffer and the prototype chain.
require('../../common');
const { run } = require('./harness');
const cases = [
  ["buffer", () => Buffer.isBuffer(Buffer.alloc(1))],
  ["uint8array", () => Buffer.isBuffer(new Uint8Array(1))],
  ["string", () => Buffer.isBuffer('a')],
  ["undefined", () => Buffer.isBuffer()],
  ["chain", () => [Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array, Buffer.prototype.constructor === Buffer]],
  ["instanceof", () => [Buffer.alloc(1) instanceof Uint8Array, Buffer.alloc(1) instanceof Buffer]],
  ["reparented uint8array", () => (() => { const u = new Uint8Array(1); Object.setPrototypeOf(u, Buffer.prototype); return Buffer.isBuffer(u); })()],
  ["toStringTag", () => Object.prototype.toString.call(Buffer.alloc(1))],
  ["map returns buffer", () => Buffer.isBuffer(Buffer.from([1, 2]).map((x) => x * 2))],
  ["map values", () => Buffer.from([1, 2]).map((x) => x * 2)],
  ["filter", () => Buffer.from([1, 2, 3]).filter((x) => x > 1)],
  ["species", () => Buffer[Symbol.species] === Buffer],
  ["name and length", () => [Buffer.name, Buffer.length]],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": false},
  {"value": false},
  {"value": false},
  {"value": [true, true, true]},
  {"value": [true, true]},
  {"value": true},
  {"value": "[object Uint8Array]"},
  {"value": true},
  {"value": {"Buffer": "0204"}},
  {"value": {"Buffer": "0203"}},
  {"value": false},
  {"value": ["Buffer", 3]},
];
run(cases, expected);
