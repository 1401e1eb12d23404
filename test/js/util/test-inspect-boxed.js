'use strict';
// util.inspect: boxed primitives [Number: 3], [String: 'x'] and friends.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const strWithProp = new String('ab'); strWithProp.extra = 1;
const numWithProp = new Number(-0); numWithProp.k = 'v';
class MyNumber extends Number {}
class MyString extends String {}

assert.strictEqual(util.inspect(new Number(3)),
                   '[Number: 3]');
assert.strictEqual(util.inspect(new Number(-0)),
                   '[Number: -0]');
assert.strictEqual(util.inspect(new Number(NaN)),
                   '[Number: NaN]');
assert.strictEqual(util.inspect(new String("str")),
                   '[String: \'str\']');
assert.strictEqual(util.inspect(new String("")),
                   '[String: \'\']');
assert.strictEqual(util.inspect(new String("it's")),
                   '[String: "it\'s"]');
assert.strictEqual(util.inspect(new Boolean(true)),
                   '[Boolean: true]');
assert.strictEqual(util.inspect(new Boolean(false)),
                   '[Boolean: false]');
assert.strictEqual(util.inspect(Object(1n)),
                   '[BigInt: 1n]');
assert.strictEqual(util.inspect(Object(Symbol("b"))),
                   '[Symbol: Symbol(b)]');
assert.strictEqual(util.inspect(Object(Symbol())),
                   '[Symbol: Symbol()]');
assert.strictEqual(util.inspect(strWithProp),
                   '[String: \'ab\'] { extra: 1 }');
assert.strictEqual(util.inspect(numWithProp),
                   '[Number: -0] { k: \'v\' }');
assert.strictEqual(util.inspect(new MyNumber(4)),
                   '[Number (MyNumber): 4]');
assert.strictEqual(util.inspect(new MyString("s")),
                   '[String (MyString): \'s\']');
assert.strictEqual(util.inspect([new Number(1), new String("x")]),
                   '[ [Number: 1], [String: \'x\'] ]');
assert.strictEqual(util.inspect(new String("a".repeat(100))),
                   '[String: \'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\']');
assert.strictEqual(util.inspect(new Number(1234567), { numericSeparator: true }),
                   '[Number: 1_234_567]');
assert.strictEqual(util.inspect(Object.defineProperty(new Boolean(true), Symbol.toStringTag, { value: "B" })),
                   '[Boolean: true] [B]');
