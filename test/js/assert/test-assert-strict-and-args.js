'use strict';
// assert/strict and assert.strict: the strict functions under the loose names; the Assert
// class; argument errors of the assertion functions (ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE).
require('../../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(assert.strict, strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict(false), { operator: '==' });
assert.throws(() => strict.deepEqual({ a: 1 }, { a: '1' }), { operator: 'deepStrictEqual' });
strict.notEqual(1, '1');

const missing = [
  [() => assert.strictEqual(1), '"actual" and "expected"'],
  [() => assert.deepStrictEqual(), '"actual" and "expected"'],
  [() => assert.equal(), '"actual" and "expected"'],
  [() => assert.notStrictEqual(1), '"actual" and "expected"'],
];
for (const [fn, names] of missing) {
  assert.throws(fn, { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: `The ${names} arguments must be specified` });
}
assert.throws(() => assert.ok(), {
  code: 'ERR_ASSERTION', message: 'No value argument passed to `assert.ok()`', generatedMessage: true,
});
assert.throws(() => assert.match('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received undefined',
});
assert.throws(() => assert.doesNotMatch('a', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => assert.throws(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
assert.throws(() => assert.doesNotThrow('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new assert.AssertionError(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received undefined',
});

// AssertionError's own properties.
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.strictEqual(e.name, 'AssertionError');
assert.strictEqual(e.code, 'ERR_ASSERTION');
assert.strictEqual(e.actual, 1);
assert.strictEqual(e.expected, 2);
assert.strictEqual(e.operator, 'strictEqual');
assert.strictEqual(e.generatedMessage, true);
assert.ok(e instanceof Error);
assert.strictEqual(Object.prototype.toString.call(e), '[object Error]');
assert.strictEqual(e.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
const given = new assert.AssertionError({ message: 'mine', actual: 1, expected: 2 });
assert.strictEqual(given.generatedMessage, false);
assert.strictEqual(given.message, 'mine');

// The Assert class (Node 24): an instance with its own diff mode.
assert.strictEqual(typeof assert.Assert, 'function');
const a = new assert.Assert();
a.strictEqual(1, 1);
assert.throws(() => a.strictEqual(1, 2), { code: 'ERR_ASSERTION' });
