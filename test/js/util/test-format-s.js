'use strict';
// util.format: how %s prints objects, bigint, -0, symbols, errors and custom toString.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

class WithToString { toString() { return 'custom toString'; } }
class Plain { constructor() { this.x = 1; } }
class DateSub extends Date {}
class PrimSub extends Date { [Symbol.toPrimitive]() { return 'toPrimitive wins'; } }
const ownToString = { toString() { return 'own'; } };
const inherited = Object.create(ownToString);
const withPrim = { [Symbol.toPrimitive]() { return 'prim'; } };
const err = new Error('msg'); err.stack = 'Error: msg\n    at x (/app/x.js:1:1)';
const nested = { a: { b: { c: 1 } }, arr: [1, [2, [3]]] };

assert.strictEqual(util.format('%s', -0),
                   '-0');
assert.strictEqual(util.format('%s', 0),
                   '0');
assert.strictEqual(util.format('%s', 1.5),
                   '1.5');
assert.strictEqual(util.format('%s', 12n),
                   '12n');
assert.strictEqual(util.format('%s', Symbol('s')),
                   'Symbol(s)');
assert.strictEqual(util.format('%s', null),
                   'null');
assert.strictEqual(util.format('%s', undefined),
                   'undefined');
assert.strictEqual(util.format('%s', true),
                   'true');
assert.strictEqual(util.format('%s', 'str'),
                   'str');
assert.strictEqual(util.format('%s', nested),
                   '{ a: [Object], arr: [Array] }');
assert.strictEqual(util.format('%s', [1, 2, 3]),
                   '[ 1, 2, 3 ]');
assert.strictEqual(util.format('%s', new WithToString()),
                   'custom toString');
assert.strictEqual(util.format('%s', new Plain()),
                   'Plain { x: 1 }');
assert.strictEqual(util.format('%s', ownToString),
                   'own');
assert.strictEqual(util.format('%s', inherited),
                   'own');
assert.strictEqual(util.format('%s', withPrim),
                   'prim');
assert.strictEqual(util.format('%s', new Date(0)),
                   '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.format('%s', new DateSub(0)),
                   'DateSub 1970-01-01T00:00:00.000Z');
assert.strictEqual(util.format('%s', new PrimSub(0)),
                   'toPrimitive wins');
assert.strictEqual(util.format('%s', err),
                   'Error: msg\n    at x (/app/x.js:1:1)');
assert.strictEqual(util.format('%s', Object.create(null)),
                   '[Object: null prototype] {}');
assert.strictEqual(util.format('%s', function fn() {}),
                   'function fn() {}');
assert.strictEqual(util.format('%s', class K {}),
                   'class K {}');
assert.strictEqual(util.format('%s', new Map([[1, { a: { b: 1 } }]])),
                   'Map(1) { 1 => [Object] }');
assert.strictEqual(util.format('%s', new Set([1])),
                   'Set(1) { 1 }');
assert.strictEqual(util.format('%s', /re/g),
                   '/re/g');
assert.strictEqual(util.format('%s', new Number(3)),
                   '[Number: 3]');
assert.strictEqual(util.format('%s', new String('boxed')),
                   '[String: \'boxed\']');
assert.strictEqual(util.format('%s', Promise.resolve(1)),
                   'Promise { 1 }');
assert.strictEqual(util.format('%s', new Proxy({ a: 1 }, {})),
                   '{ a: 1 }');
assert.strictEqual(util.format('%s', new Proxy([1], {})),
                   '[ 1 ]');
assert.strictEqual(util.format('%s', new Uint8Array(2)),
                   '0,0');
assert.strictEqual(util.format('%s', { toString: 'not a function' }),
                   '{ toString: \'not a function\' }');
assert.strictEqual(util.format('%s', [new WithToString()]),
                   '[ WithToString {} ]');
assert.strictEqual(util.format('%s', Object.assign(new Date(0), { toString() { return 'x'; } })),
                   'x');
assert.strictEqual(util.format('%s', [ownToString]),
                   '[ [Object] ]');
assert.strictEqual(util.format('%s', { a: 'x'.repeat(100) }),
                   '{\n  a: \'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\'\n}');
