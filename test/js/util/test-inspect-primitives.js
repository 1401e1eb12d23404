'use strict';
// util.inspect: numbers (-0, NaN, exponents), bigint, booleans, undefined, null, symbols.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.inspect(0),
                   '0');
assert.strictEqual(util.inspect(-0),
                   '-0');
assert.strictEqual(util.inspect(1),
                   '1');
assert.strictEqual(util.inspect(-1),
                   '-1');
assert.strictEqual(util.inspect(1.5),
                   '1.5');
assert.strictEqual(util.inspect(-1.25),
                   '-1.25');
assert.strictEqual(util.inspect(0.1),
                   '0.1');
assert.strictEqual(util.inspect(1e21),
                   '1e+21');
assert.strictEqual(util.inspect(1e-7),
                   '1e-7');
assert.strictEqual(util.inspect(123456789012345680000),
                   '123456789012345680000');
assert.strictEqual(util.inspect(NaN),
                   'NaN');
assert.strictEqual(util.inspect(Infinity),
                   'Infinity');
assert.strictEqual(util.inspect(-Infinity),
                   '-Infinity');
assert.strictEqual(util.inspect(Number.MAX_SAFE_INTEGER),
                   '9007199254740991');
assert.strictEqual(util.inspect(Number.MIN_VALUE),
                   '5e-324');
assert.strictEqual(util.inspect(2 ** 53),
                   '9007199254740992');
assert.strictEqual(util.inspect(0x10),
                   '16');
assert.strictEqual(util.inspect(0n),
                   '0n');
assert.strictEqual(util.inspect(1n),
                   '1n');
assert.strictEqual(util.inspect(-1n),
                   '-1n');
assert.strictEqual(util.inspect(123456789012345678901234567890n),
                   '123456789012345678901234567890n');
assert.strictEqual(util.inspect(-(2n ** 64n)),
                   '-18446744073709551616n');
assert.strictEqual(util.inspect(true),
                   'true');
assert.strictEqual(util.inspect(false),
                   'false');
assert.strictEqual(util.inspect(undefined),
                   'undefined');
assert.strictEqual(util.inspect(null),
                   'null');
assert.strictEqual(util.inspect(Symbol('desc')),
                   'Symbol(desc)');
assert.strictEqual(util.inspect(Symbol()),
                   'Symbol()');
assert.strictEqual(util.inspect(Symbol('')),
                   'Symbol()');
assert.strictEqual(util.inspect(Symbol.iterator),
                   'Symbol(Symbol.iterator)');
assert.strictEqual(util.inspect(Symbol.for('reg')),
                   'Symbol(reg)');
assert.strictEqual(util.inspect(Symbol('with space')),
                   'Symbol(with space)');
assert.strictEqual(util.inspect(Symbol('quote\'s')),
                   'Symbol(quote\'s)');
assert.strictEqual(util.inspect(Symbol('new\nline')),
                   'Symbol(new\nline)');
assert.strictEqual(util.inspect([-0, 0, +0]),
                   '[ -0, 0, 0 ]');
assert.strictEqual(util.inspect({ a: -0 }),
                   '{ a: -0 }');
assert.strictEqual(util.inspect([1n, -2n]),
                   '[ 1n, -2n ]');
assert.strictEqual(util.inspect([true, null, undefined]),
                   '[ true, null, undefined ]');
assert.strictEqual(util.inspect([Symbol(), Symbol("x")]),
                   '[ Symbol(), Symbol(x) ]');
