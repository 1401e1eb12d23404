'use strict';
// assert.throws / doesNotThrow with every kind of validation argument: object (deep-compared
// per key, regexps tested against strings), error class, regexp, validation function,
// and the message argument; messages compared with reference Node's (.out).
const common = require('../../common');
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(`${label}: no throw`);
  } catch (e) {
    console.log(`${label}: ${e.name}|${e.code}|${e.generatedMessage}|${e.operator}`);
    console.log(e.message);
  }
}
const boom = (msg = 'x', Ctor = Error, props = {}) => () => { throw Object.assign(new Ctor(msg), props); };

// Passing validations return undefined.
assert.strictEqual(assert.throws(boom()), undefined);
assert.throws(boom(), Error);
assert.throws(boom('abc', TypeError), TypeError);
assert.throws(boom('abc', TypeError), Error);
assert.throws(boom('abc'), /abc/);
assert.throws(boom('abc'), { message: 'abc', name: 'Error' });
assert.throws(boom('abc', Error, { code: 'E1', info: { a: [1] } }), { code: 'E1', info: { a: [1] } });
assert.throws(boom('abc 123'), { message: /\d+/ });
assert.throws(boom('abc'), common.mustCall((err) => err.message === 'abc'));
assert.throws(() => { throw 'str'; }, /str/); // eslint-disable-line no-throw-literal
assert.throws(boom('abc'), new Error('abc'));
class MyError extends Error {}
assert.throws(boom('m', MyError), MyError);
assert.doesNotThrow(() => 1);
assert.doesNotThrow(() => 1, 'never shown');

// A class mismatch is an AssertionError holding the error; doesNotThrow with another class
// lets the error through unchanged.
const original = new TypeError('orig');
assert.throws(() => assert.throws(() => { throw original; }, RangeError),
              (e) => e instanceof assert.AssertionError && e.actual === original);
assert.throws(() => assert.doesNotThrow(() => { throw original; }, RangeError), (e) => e === original);

show('no exception', () => assert.throws(() => {}));
show('no exception + message', () => assert.throws(() => {}, 'msg here'));
show('no exception + class + message', () => assert.throws(() => {}, Error, 'msg here'));
show('no exception + named class', () => assert.throws(() => {}, MyError));
show('no exception + object', () => assert.throws(() => {}, { message: 'x' }));
show('regexp mismatch', () => assert.throws(boom('x'), /y/));
show('object mismatch', () => assert.throws(boom('x'), { message: 'y' }));
show('object two keys', () => assert.throws(boom('x'), { message: 'x', name: 'TypeError' }));
show('object code', () => assert.throws(boom('x', Error, { code: 'A' }), { code: 'B', message: /x/ }));
show('object regexp value', () => assert.throws(boom('abc'), { message: /xyz/ }));
show('object missing key', () => assert.throws(boom('x'), { message: 'x', missing: 1 }));
show('object vs null', () => assert.throws(() => { throw null; }, { a: 1 }));
show('error instance', () => assert.throws(boom('x'), new Error('y')));
show('validation fn false', () => assert.throws(boom('x'), () => false));
show('validation fn undefined', () => assert.throws(boom('x'), function check() {}));
show('class mismatch', () => assert.throws(boom('x', TypeError), RangeError));
show('empty object', () => assert.throws(boom('x'), {}));
show('ambiguous message', () => assert.throws(boom('x'), 'x'));
show('ambiguous string throw', () => assert.throws(() => { throw 'x'; }, 'x')); // eslint-disable-line no-throw-literal
show('fn not a function', () => assert.throws('x'));
show('bad error arg', () => assert.throws(boom(), 5));
show('doesNotThrow', () => assert.doesNotThrow(boom('x')));
show('doesNotThrow hint', () => assert.doesNotThrow(boom('x'), 'hint'));
show('doesNotThrow class', () => assert.doesNotThrow(boom('x', TypeError), TypeError));
show('doesNotThrow class hint', () => assert.doesNotThrow(boom('x', TypeError), TypeError, 'hint'));
show('doesNotThrow regexp', () => assert.doesNotThrow(boom('x'), /x/));

// The AssertionError carries what was thrown and what was expected.
try {
  assert.throws(boom('x'), { message: 'y' });
} catch (e) {
  assert.strictEqual(e.actual.message, 'x');
  assert.deepStrictEqual(e.expected, { message: 'y' });
}
try {
  assert.throws(() => {});
} catch (e) {
  assert.strictEqual(e.actual, undefined);
  assert.strictEqual(e.expected, undefined);
}
