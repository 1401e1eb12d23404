'use strict';
require('../../common');
const assert = require('assert');

const src = {
  n: 1, s: 'x', b: true, u: undefined, nil: null, big: 10n, neg0: -0, nan: NaN,
  d: new Date(1234), r: /x+/y, arr: [1, [2, { three: 3 }]], m: new Map([['k', { v: 1 }]]), set: new Set([1, 'a']),
  ab: new ArrayBuffer(3), f64: new Float64Array([1.5, -2]), big64: new BigUint64Array([2n ** 64n - 1n]),
};
const c = structuredClone(src);
assert.deepStrictEqual(c, src);
assert.notStrictEqual(c.arr[1], src.arr[1]);
assert.notStrictEqual(c.m.get('k'), src.m.get('k'));
assert.ok(Object.is(c.neg0, -0));
assert.ok(c.d instanceof Date && c.d !== src.d);
assert.strictEqual(c.r.flags, 'y');
assert.strictEqual(Object.getPrototypeOf(c), Object.prototype);

// Shared and circular references keep their shape.
const shared = { k: 1 };
const cyc = { a: shared, b: shared, list: [] };
cyc.list.push(cyc);
const cc = structuredClone(cyc);
assert.strictEqual(cc.a, cc.b);
assert.strictEqual(cc.list[0], cc);

// Views share one cloned buffer.
const buf = new ArrayBuffer(8);
const v = structuredClone({ x: new Uint8Array(buf, 2, 3), y: new DataView(buf) });
assert.strictEqual(v.x.buffer, v.y.buffer);
assert.strictEqual(v.x.byteOffset, 2);
assert.strictEqual(v.x.length, 3);

// Class instances lose their prototype; getters run; symbols keys are dropped.
class P { constructor() { this.own = 1; } get viaProto() { return 2; } }
assert.deepStrictEqual(structuredClone(new P()), { own: 1 });
assert.deepStrictEqual(structuredClone({ get g() { return 'got'; }, [Symbol('s')]: 1 }), { g: 'got' });

// Errors.
const e = structuredClone(new RangeError('bad', { cause: { why: 1 } }));
assert.ok(e instanceof RangeError);
assert.strictEqual(e.message, 'bad');
assert.deepStrictEqual(e.cause, { why: 1 });
const custom = new TypeError('t');
custom.name = 'Mine';
assert.strictEqual(Object.getPrototypeOf(structuredClone(custom)), Error.prototype);

// Failures are DataCloneError DOMExceptions.
for (const [value, message] of [[() => 1, '() => 1 could not be cloned.'], [Symbol('q'), 'Symbol(q) could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'], [{ p: Promise.resolve() }, '#<Promise> could not be cloned.']]) {
  assert.throws(() => structuredClone(value), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  });
}
assert.throws(() => structuredClone(), { code: 'ERR_MISSING_ARGS',
  message: 'The "The value argument must be specified" argument must be specified' });
assert.throws(() => structuredClone(1, 1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: "Failed to execute 'structuredClone': Options cannot be converted to a dictionary" });

// Transfer moves an ArrayBuffer: the original is detached.
const t = new Uint8Array([7, 8, 9]);
const moved = structuredClone({ view: t }, { transfer: [t.buffer] });
assert.deepStrictEqual([...moved.view], [7, 8, 9]);
assert.strictEqual(t.buffer.byteLength, 0);
assert.strictEqual(t.buffer.detached, true);
assert.strictEqual(structuredClone(5, null), 5);
assert.strictEqual(structuredClone(5, { transfer: [] }), 5);
const d = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
assert.strictEqual(d.enumerable, true);
assert.strictEqual(structuredClone.name, 'structuredClone');
assert.strictEqual(structuredClone.length, 2);
