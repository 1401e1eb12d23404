'use strict';
// deepEqual / deepStrictEqual / partialDeepStrictEqual verdicts over a table of value pairs
// (primitives, -0/NaN, boxed values, dates, regexps, errors, arrays with holes, typed arrays,
// Maps/Sets with object keys, prototypes, symbols, getters, cycles); the verdicts are
// compared with reference Node 24's (.out), and notDeep* must always be the opposite.
require('../../common');
const assert = require('assert');

function verdict(fn, a, b) {
  try {
    fn(a, b);
    return 'pass';
  } catch (e) {
    if (!(e instanceof assert.AssertionError)) return `${e.name}`;
    return 'FAIL';
  }
}

const cyclicA = { x: 1 };
cyclicA.self = cyclicA;
const cyclicB = { x: 1 };
cyclicB.self = cyclicB;
const cyclicC = { x: 1, self: { x: 1 } };
cyclicC.self.self = cyclicC;
const sym = Symbol('s');
class Foo { constructor() { this.a = 1; } }
const err1 = new Error('m');
const err2 = new Error('m');
const typeErr = new TypeError('m');
const errCode = Object.assign(new Error('m'), { code: 'X' });
const getterObj = { get g() { return 1; } };

const pairs = [
  ['1 vs "1"', 1, '1'],
  ['0 vs -0', 0, -0],
  ['NaN vs NaN', NaN, NaN],
  ['null vs undefined', null, undefined],
  ['0 vs false', 0, false],
  ['"" vs []', '', []],
  ['[1] vs ["1"]', [1], ['1']],
  ['[1,2] vs [2,1]', [1, 2], [2, 1]],
  ['sparse vs undefined', [1, , 3], [1, undefined, 3]], // eslint-disable-line no-sparse-arrays
  ['array extra prop', Object.assign([1], { p: 1 }), [1]],
  ['{} vs []', {}, []],
  ['{a:1} vs {a:1}', { a: 1 }, { a: 1 }],
  ['{a:undefined} vs {}', { a: undefined }, {}],
  ['key order', { a: 1, b: 2 }, { b: 2, a: 1 }],
  ['null proto', Object.create(null), {}],
  ['class vs plain', new Foo(), { a: 1 }],
  ['symbol key', { [sym]: 1 }, { [sym]: 2 }],
  ['symbol key missing', { [sym]: 1 }, {}],
  ['non-enumerable', Object.defineProperty({}, 'h', { value: 1 }), {}],
  ['getter vs value', getterObj, { g: 1 }],
  ['Number(1) vs 1', new Number(1), 1], // eslint-disable-line no-new-wrappers
  ['Number(1) vs Number(1)', new Number(1), new Number(1)], // eslint-disable-line no-new-wrappers
  ['Number(1) vs Number(2)', new Number(1), new Number(2)], // eslint-disable-line no-new-wrappers
  ['String vs String', new String('a'), new String('a')], // eslint-disable-line no-new-wrappers
  ['Object(1n) vs Object(2n)', Object(1n), Object(2n)],
  ['dates equal', new Date(5), new Date(5)],
  ['dates differ', new Date(5), new Date(6)],
  ['date extra prop', Object.assign(new Date(5), { p: 1 }), new Date(5)],
  ['invalid dates', new Date(NaN), new Date(NaN)],
  ['regexp equal', /a/gi, /a/gi],
  ['regexp flags', /a/g, /a/i],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 3 }), /a/g],
  ['errors same message', err1, err2],
  ['errors different class', err1, typeErr],
  ['error extra code', errCode, err1],
  ['Uint8 vs Uint8', new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  ['Uint8 vs Int8', new Uint8Array([1, 2]), new Int8Array([1, 2])],
  ['Buffer vs Uint8', Buffer.from([1, 2]), new Uint8Array([1, 2])],
  ['Float64 -0', new Float64Array([-0]), new Float64Array([0])],
  ['Float64 NaN', new Float64Array([NaN]), new Float64Array([NaN])],
  ['ArrayBuffer', new Uint8Array([1]).buffer, new Uint8Array([1]).buffer],
  ['ArrayBuffer vs SharedArrayBuffer', new ArrayBuffer(1), new SharedArrayBuffer(1)],
  ['DataView', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  ['Map equal', new Map([[1, 'a']]), new Map([[1, 'a']])],
  ['Map value differs', new Map([[1, 'a']]), new Map([[1, 'b']])],
  ['Map object keys', new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']])],
  ['Map 1 vs "1" key', new Map([[1, 'a']]), new Map([['1', 'a']])],
  ['Set equal', new Set([1, 2]), new Set([2, 1])],
  ['Set object members', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }])],
  ['Set 1 vs "1"', new Set([1]), new Set(['1'])],
  ['Set vs Map', new Set(), new Map()],
  ['WeakMap', new WeakMap(), new WeakMap()],
  ['functions same', verdict, verdict],
  ['functions different', () => {}, () => {}],
  ['symbols', Symbol('a'), Symbol('a')],
  ['cycles equal', cyclicA, cyclicB],
  ['cycles shapes', cyclicA, cyclicC],
  ['boxed symbol', Object(sym), Object(sym)],
  ['arguments vs array', (function() { return arguments; })(1), [1]],
  ['promise', Promise.resolve(1), Promise.resolve(1)],
  ['URL', new URL('http://a/b'), new URL('http://a/b')],
  ['URL differs', new URL('http://a/b'), new URL('http://a/c')],
];

for (const [label, a, b] of pairs) {
  const results = [
    verdict(assert.deepEqual, a, b),
    verdict(assert.deepStrictEqual, a, b),
    verdict(assert.partialDeepStrictEqual, a, b),
  ];
  const inverse = [verdict(assert.notDeepEqual, a, b), verdict(assert.notDeepStrictEqual, a, b)];
  assert.strictEqual(inverse[0], results[0] === 'pass' ? 'FAIL' : 'pass', `${label}: notDeepEqual`);
  assert.strictEqual(inverse[1], results[1] === 'pass' ? 'FAIL' : 'pass', `${label}: notDeepStrictEqual`);
  console.log(`${label}: deepEqual ${results[0]}, deepStrictEqual ${results[1]}, partial ${results[2]}`);
}
