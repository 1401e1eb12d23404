'use strict';
// Runs [label, fn, expected] cases: `expected` was recorded from reference Node 24 by
// describing the result (or the thrown error) in plain JSON, so both runtimes are held to
// the same values. describe() keeps what matters: bytes, types, error name/code/message.
const assert = require('assert');

function describe(v) {
  if (v === undefined) return { undefined: true };
  if (typeof v === 'bigint') return { bigint: String(v) };
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { number: 'NaN' };
    if (Object.is(v, -0)) return { number: '-0' };
    if (!Number.isFinite(v)) return { number: String(v) };
    return v;
  }
  if (typeof v === 'symbol') return { symbol: String(v) };
  if (typeof v === 'function') return { function: v.name };
  if (v === null || typeof v !== 'object') return v;
  if (Buffer.isBuffer(v)) return { Buffer: v.toString('hex') };
  if (ArrayBuffer.isView(v)) {
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    return { [tag]: Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
  }
  if (v instanceof ArrayBuffer) return { ArrayBuffer: Array.from(new Uint8Array(v)) };
  if (v instanceof Error) return { error: [v.name, v.code, v.message] };
  if (Array.isArray(v)) return v.map(describe);
  const out = {};
  for (const k of Object.keys(v)) out[k] = describe(v[k]);
  return out;
}

function outcome(fn) {
  try {
    return { value: describe(fn()) };
  } catch (err) {
    return { throws: [err?.name, err?.code, err?.message] };
  }
}

// With RECORD=1 in the environment, prints the outcomes instead (used to record them).
function run(cases, expected) {
  const got = cases.map(([, fn]) => outcome(fn));
  if (process.env.RECORD === '1') {
    process.stdout.write(JSON.stringify(got));
    return;
  }
  assert.strictEqual(got.length, expected.length, 'case count');
  for (let i = 0; i < cases.length; i++) {
    assert.deepStrictEqual(got[i], expected[i], `case ${i}: ${cases[i][0]}`);
  }
}

module.exports = { describe, outcome, run };
