'use strict';
// AssertionError messages, byte for byte as reference Node 24 prints them (the .out file):
// the "+ actual - expected" diffs of deepStrictEqual/strictEqual, the loose forms, the
// skipped-lines elision, long strings, and the ok() source-expression message.
require('../../common');
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('NO THROW');
  } catch (e) {
    console.log(`${e.name}|${e.code}|${e.generatedMessage}|${e.operator}`);
    console.log(e.message);
  }
}

const cases = [
  () => assert.strictEqual(1, 2),
  () => assert.strictEqual('a\nb', 'a\nc'),
  () => assert.strictEqual({ a: 1 }, { a: 1 }),
  () => assert.strictEqual(NaN, 0),
  () => assert.strictEqual(-0, 0),
  () => assert.strictEqual([1, 2, 3].join('\n').repeat(5), 'x'),
  () => assert.strictEqual('x'.repeat(600), 'y'.repeat(600)),
  () => assert.strictEqual(1, 2, new TypeError('own error')),
  () => assert.strictEqual(1, 2, 'custom message'),
  () => assert.notStrictEqual(1, 1),
  () => assert.notStrictEqual({ a: [1] }.a, undefined),
  () => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }),
  () => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 0, 8, 9, 10]),
  () => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])),
  () => assert.deepStrictEqual(new Set([1]), new Set([2])),
  () => assert.deepStrictEqual([1, 2], [1, 2, 3]),
  () => assert.deepStrictEqual('a'.repeat(10), 'b'),
  () => assert.deepStrictEqual(-0, 0),
  () => assert.deepStrictEqual({ a: { b: { c: { d: 1 } } } }, { a: { b: { c: { d: 2 } } } }),
  () => assert.deepStrictEqual(new Date(0), new Date(1)),
  () => assert.deepStrictEqual(/a/g, /a/i),
  () => assert.deepStrictEqual(Object.create(null), {}),
  () => assert.deepStrictEqual([1, , 3], [1, undefined, 3]), // eslint-disable-line no-sparse-arrays
  () => assert.deepStrictEqual(Symbol('a'), Symbol('a')),
  () => assert.deepStrictEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])),
  () => assert.deepStrictEqual(Buffer.from('ab'), Buffer.from('ac')),
  () => {
    const a = {};
    const b = {};
    for (let i = 0; i < 26; i++) {
      a[String.fromCharCode(97 + i)] = i;
      b[String.fromCharCode(97 + i)] = i === 25 ? 99 : i;
    }
    assert.deepStrictEqual(a, b);
  },
  () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }),
  () => assert.deepEqual({ a: 1 }, { a: 2 }),
  () => assert.deepEqual(new Error('a'), new Error('b')),
  () => assert.notDeepEqual([1], ['1']),
  () => assert.equal(1, 2),
  () => assert.equal(null, undefined),
  () => assert.notEqual(1, '1'),
  () => assert.ok(false),
  () => assert(0),
  () => assert.ok(null, 'custom'),
  () => assert.ok(typeof 1 === 'string'),
  () => assert.fail(),
  () => assert.fail('boom'),
  () => assert.fail(new RangeError('own')),
  () => assert.match('abc', /x/),
  () => assert.match(123, /x/),
  () => assert.doesNotMatch('abc', /b/),
  () => assert.ifError(new Error('e')),
  () => assert.ifError('str'),
  () => assert.ifError(null),
  () => assert.ifError(undefined),
  () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }),
  () => assert.partialDeepStrictEqual({ a: 1, b: 2, c: [1, 2] }, { c: [1, 2] }),
  () => assert.strict.equal(1, '1'),
  () => assert.strict.deepEqual([1], ['1']),
];
for (const c of cases) {
  console.log(`--- ${c.toString().split('\n')[0]}`);
  show(c);
}

const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e.message);
console.log(new assert.AssertionError({ message: 'given', actual: 1, expected: 2 }).message);
