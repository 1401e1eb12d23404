'use strict';
// Every integer writer round-trips through its reader at several offsets.
require('../../common');
const { run } = require('./harness');
const sizes = [1, 2, 3, 4, 5, 6];
const rt = (w, r, signed) => { const out = []; const b = Buffer.alloc(16); for (const n of sizes) { const max = signed ? 2 ** (8 * n - 1) - 1 : 2 ** (8 * n) - 1; const min = signed ? -(2 ** (8 * n - 1)) : 0; for (const v of [min, max, Math.floor(max / 3), signed ? -5 : 5]) { for (const off of [0, 3, 16 - n]) { b[w](v, off, n); out.push(b[r](off, n) === v); } } } return out.every(Boolean); };
const cases = [
  ["uintLE", () => rt('writeUIntLE', 'readUIntLE', false)],
  ["uintBE", () => rt('writeUIntBE', 'readUIntBE', false)],
  ["intLE", () => rt('writeIntLE', 'readIntLE', true)],
  ["intBE", () => rt('writeIntBE', 'readIntBE', true)],
  ["fixed 16 32", () => (() => { const b = Buffer.alloc(8); b.writeInt16BE(-300, 1); b.writeUInt32LE(4000000000, 3); return [b.readInt16BE(1), b.readUInt32LE(3), b]; })()],
  ["float exact values", () => (() => { const b = Buffer.alloc(8); return [0.5, -1024, 3.4028234663852886e38, 1.401298464324817e-45].map((v) => { b.writeFloatBE(v); return b.readFloatBE() === v; }); })()],
  ["double exact values", () => (() => { const b = Buffer.alloc(8); return [Number.MAX_VALUE, Number.MIN_VALUE, -0.1, 2 ** 53].map((v) => { b.writeDoubleLE(v); return b.readDoubleLE() === v; }); })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": true},
  {"value": true},
  {"value": true},
  {"value": true},
  {"value": [-300, 4000000000, {"Buffer": "00fed400286bee00"}]},
  {"value": [true, true, true, true]},
  {"value": [true, true, true, true]},
];
run(cases, expected);
