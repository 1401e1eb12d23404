'use strict';
// 64-bit BigInt reads and writes.
require('../../common');
const { run } = require('./harness');
const w = (fn, ...args) => { const b = Buffer.alloc(9); const r = b[fn](...args); return [r, b]; };
const cases = [
  ["write u64le", () => w('writeBigUInt64LE', 0x0102030405060708n)],
  ["write u64be", () => w('writeBigUInt64BE', 0x0102030405060708n, 1)],
  ["write u64 max", () => w('writeBigUint64LE', 2n ** 64n - 1n)],
  ["write i64le negative", () => w('writeBigInt64LE', -1n)],
  ["write i64be min", () => w('writeBigInt64BE', -(2n ** 63n))],
  ["u64 too big", () => w('writeBigUInt64LE', 2n ** 64n)],
  ["u64 negative", () => w('writeBigUInt64BE', -1n)],
  ["i64 too big", () => w('writeBigInt64LE', 2n ** 63n)],
  ["i64 too small", () => w('writeBigInt64BE', -(2n ** 63n) - 1n)],
  ["number value", () => (() => { try { Buffer.alloc(8).writeBigInt64LE(1); return 'no error'; } catch (e) { return e.name; } })()],
  ["read u64", () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).readBigUInt64LE()],
  ["read u64be", () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).readBigUInt64BE()],
  ["read i64 negative", () => Buffer.alloc(8, 0xff).readBigInt64LE()],
  ["read i64be min", () => Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0]).readBigInt64BE()],
  ["read i64le high bit", () => Buffer.from([0, 0, 0, 0, 0, 0, 0, 0x80]).readBigInt64LE()],
  ["read u64 max", () => Buffer.alloc(8, 0xff).readBigUint64BE()],
  ["read offset", () => Buffer.from([9, 1, 0, 0, 0, 0, 0, 0, 0]).readBigUInt64LE(1)],
  ["aliases", () => [Buffer.prototype.readBigUint64LE === Buffer.prototype.readBigUInt64LE, Buffer.prototype.writeBigUint64BE === Buffer.prototype.writeBigUInt64BE]],
  ["round trip", () => (() => { const b = Buffer.alloc(8); b.writeBigInt64BE(-1234567890123456789n); return b.readBigInt64BE(); })()],
];
// Recorded from reference Node 24 (RECORD=1 prints them again).
const expected = [
  {"value": [8, {"Buffer": "080706050403020100"}]},
  {"value": [9, {"Buffer": "000102030405060708"}]},
  {"value": [8, {"Buffer": "ffffffffffffffff00"}]},
  {"value": [8, {"Buffer": "ffffffffffffffff00"}]},
  {"value": [8, {"Buffer": "800000000000000000"}]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received 18_446_744_073_709_551_616n"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"]},
  {"throws": ["RangeError", "ERR_OUT_OF_RANGE", "The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received -9_223_372_036_854_775_809n"]},
  {"value": "TypeError"},
  {"value": {"bigint": "578437695752307201"}},
  {"value": {"bigint": "72623859790382856"}},
  {"value": {"bigint": "-1"}},
  {"value": {"bigint": "-9223372036854775808"}},
  {"value": {"bigint": "-9223372036854775808"}},
  {"value": {"bigint": "18446744073709551615"}},
  {"value": {"bigint": "1"}},
  {"value": [true, true]},
  {"value": {"bigint": "-1234567890123456789"}},
];
run(cases, expected);
