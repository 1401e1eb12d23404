'use strict';
// readUInt8/16/32 LE and BE, with the Uint aliases.
require('../../common');
const { run } = require('./harness');
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0xff, 0xfe, 0xfd, 0xfc]);
const cases = [
  ["u8", () => [b.readUInt8(0), b.readUInt8(4), b.readUint8(7)]],
  ["u8 default offset", () => b.readUInt8()],
  ["u16le", () => [b.readUInt16LE(0), b.readUInt16LE(4)]],
  ["u16be", () => [b.readUInt16BE(0), b.readUint16BE(6)]],
  ["u32le", () => [b.readUInt32LE(0), b.readUInt32LE(4)]],
  ["u32be", () => [b.readUInt32BE(0), b.readUint32BE(4)]],
  ["unaligned", () => b.readUInt32LE(1)],
  ["aliases identical", () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.readUint32LE === Buffer.prototype.readUInt32LE]],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [1, 255, 252]},
  {"value": 1},
  {"value": [513, 65279]},
  {"value": [258, 65020]},
  {"value": [67305985, 4244504319]},
  {"value": [16909060, 4294901244]},
  {"value": 4278452994},
  {"value": [true, true]},
];
run(cases, expected);
