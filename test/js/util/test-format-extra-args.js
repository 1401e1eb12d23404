'use strict';
// util.format: extra arguments, non-string first arguments, joining with spaces.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const err = new Error('e'); err.stack = 'Error: e\n    at x (/app/x.js:1:1)';

assert.strictEqual(util.format(),
                   '');
assert.strictEqual(util.format('a'),
                   'a');
assert.strictEqual(util.format('a', 'b'),
                   'a b');
assert.strictEqual(util.format('a', 1, true, null, undefined),
                   'a 1 true null undefined');
assert.strictEqual(util.format(1, 2),
                   '1 2');
assert.strictEqual(util.format(1, 'two', { three: 3 }),
                   '1 two { three: 3 }');
assert.strictEqual(util.format({ a: 1 }, 'str'),
                   '{ a: 1 } str');
assert.strictEqual(util.format([1, 2], [3]),
                   '[ 1, 2 ] [ 3 ]');
assert.strictEqual(util.format(null),
                   'null');
assert.strictEqual(util.format(undefined),
                   'undefined');
assert.strictEqual(util.format(Symbol('x'), 1),
                   'Symbol(x) 1');
assert.strictEqual(util.format('%s', 'a', 'b', { c: 1 }),
                   'a b { c: 1 }');
assert.strictEqual(util.format('%s', 'a', 'str with spaces'),
                   'a str with spaces');
assert.strictEqual(util.format('x', err),
                   'x Error: e\n    at x (/app/x.js:1:1)');
assert.strictEqual(util.format('%d', 1, -0),
                   '1 -0');
assert.strictEqual(util.format(-0),
                   '-0');
assert.strictEqual(util.format('a', -0),
                   'a -0');
assert.strictEqual(util.format(1n, 'b'),
                   '1n b');
assert.strictEqual(util.format('%s%%', 1, 2),
                   '1% 2');
assert.strictEqual(util.format('no specifiers', { a: { b: { c: { d: 1 } } } }),
                   'no specifiers { a: { b: { c: [Object] } } }');
assert.strictEqual(util.format('', ''),
                   ' ');
assert.strictEqual(util.format('', 1),
                   ' 1');
assert.strictEqual(util.format('%', '%'),
                   '% %');
assert.strictEqual(util.format('a\nb', { x: 1 }),
                   'a\nb { x: 1 }');
