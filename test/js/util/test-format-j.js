'use strict';
// util.format: %j uses JSON.stringify, [Circular] for cycles, errors pass through.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

const circ = { name: 'c' }; circ.self = circ;
const circArr = [1]; circArr.push(circArr);

assert.strictEqual(util.format('%j', circ),
                   '[Circular]');
assert.strictEqual(util.format('%j', circArr),
                   '[Circular]');
assert.strictEqual(util.format('%j', { a: [1, { b: 2 }] }),
                   '{"a":[1,{"b":2}]}');
assert.strictEqual(util.format('%j', null),
                   'null');
assert.strictEqual(util.format('%j', NaN),
                   'null');
assert.strictEqual(util.format('%j', -0),
                   '0');
assert.strictEqual(util.format('%j', 'quote"s'),
                   '"quote\\"s"');
assert.strictEqual(util.format('%j', new Date(0)),
                   '"1970-01-01T00:00:00.000Z"');
assert.strictEqual(util.format('%j', function f() {}),
                   'undefined');
assert.strictEqual(util.format('%j', Symbol('x')),
                   'undefined');
assert.strictEqual(util.format('%j', { u: undefined, f() {}, s: Symbol() }),
                   '{}');
assert.strictEqual(util.format('%j', new Map([[1, 2]])),
                   '{}');
assert.strictEqual(util.format('%j %j', 1, 'two'),
                   '1 "two"');
assert.strictEqual(util.format('%j', { nested: circ }),
                   '[Circular]');
assert.strictEqual(util.format('%j', [undefined, function () {}]),
                   '[null,null]');
assert.strictEqual(util.format('%j', 'line\nbreak'),
                   '"line\\nbreak"');

assert.throws(() => util.format('%j', { big: 1n }), { name: 'TypeError' });
assert.throws(() => util.format('%j', { toJSON() { throw new RangeError('custom'); } }), { name: 'RangeError', message: 'custom' });
