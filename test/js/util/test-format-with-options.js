'use strict';
// util.formatWithOptions: inspect options apply to %o/%O/%s/%d and extra arguments.
// Expected strings are the output of reference Node 24.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.formatWithOptions({ colors: true }, '%s', 1),
                   '1');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', { a: 1 }),
                   '{ a: \x1b[33m1\x1b[39m }');
assert.strictEqual(util.formatWithOptions({ colors: true }, { a: 'x' }),
                   '{ a: \x1b[32m\'x\'\x1b[39m }');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%s', { a: 'x' }),
                   '{ a: \'x\' }');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%d', 5),
                   '5');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }),
                   '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, '%O', { a: { b: 1 } }),
                   '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, '%o', { a: { b: { c: 1 } } }),
                   '{ a: { b: { c: 1 } } }');
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567, 1234567.891, 1234567),
                   '1_234_567 1_234_567 1_234_567.891 1_234_567');
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%s', 1234567n),
                   '1_234_567n');
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, 1234567),
                   '1_234_567');
assert.strictEqual(util.formatWithOptions({ compact: false }, '%s', { a: 1 }),
                   '{ a: 1 }');
assert.strictEqual(util.formatWithOptions({ compact: false }, { a: 1 }),
                   '{\n  a: 1\n}');
assert.strictEqual(util.formatWithOptions({ showHidden: true }, '%s', [1]),
                   '[ 1, [length]: 1 ]');
assert.strictEqual(util.formatWithOptions({ breakLength: 10 }, 'x', { alpha: 1, beta: 2 }),
                   'x {\n  alpha: 1,\n  beta: 2\n}');
assert.strictEqual(util.formatWithOptions({}, 'plain %s', 'text'),
                   'plain text');
assert.strictEqual(util.formatWithOptions({ sorted: true }, { b: 1, a: 2 }),
                   '{ a: 2, b: 1 }');
assert.strictEqual(util.formatWithOptions({ depth: 5 }, '%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }),
                   '{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}');

for (const bad of [null, undefined, 1, 'str', true]) {
  assert.throws(() => util.formatWithOptions(bad, 'x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => util.formatWithOptions(null, 'x'), {
  message: 'The "inspectOptions" argument must be of type object. Received null',
});
assert.strictEqual(util.formatWithOptions([], '%s', 1), '1');
