'use strict';
// assert.CallTracker: calls() wrappers (default once, exact counts, a noop when given no
// function), report() entries, verify() messages, getCalls() with this/arguments, reset(),
// the names used in messages, argument validation, and DEP0173 on construction.
const common = require('../../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0173');
  assert.strictEqual(w.message, 'assert.CallTracker is deprecated.');
}));

const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const twice = tracker.calls(foo, 2);
const once = tracker.calls(() => 'r');
const noop = tracker.calls(3);
assert.strictEqual(twice.length, foo.length);
assert.strictEqual(twice(1, 2), 3);
assert.strictEqual(once(), 'r');
noop();

const report = tracker.report();
assert.strictEqual(report.length, 2);
assert.deepStrictEqual(report.map((r) => [r.message, r.actual, r.expected, r.operator]), [
  ['Expected the foo function to be executed 2 time(s) but was executed 1 time(s).', 1, 2, 'foo'],
  ['Expected the calls function to be executed 3 time(s) but was executed 1 time(s).', 1, 3, 'calls'],
]);
assert.strictEqual(typeof report[0].stack, 'object');
// More than one function off: one generic message.
assert.throws(() => tracker.verify(), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  message: 'Functions were not called the expected number of times',
});

const self = { tag: 'this' };
twice.call(self, 'x', 'y');
assert.deepStrictEqual(tracker.getCalls(twice), [
  { thisArg: undefined, arguments: [1, 2] },
  { thisArg: self, arguments: ['x', 'y'] },
]);
const calls = tracker.getCalls(twice);
assert.ok(Object.isFrozen(calls) && Object.isFrozen(calls[0]) && Object.isFrozen(calls[0].arguments));
assert.notStrictEqual(tracker.getCalls(twice), calls);
noop();
noop();
tracker.verify();
assert.deepStrictEqual(tracker.report(), []);

// Too many calls also fail verify().
once();
assert.throws(() => tracker.verify(), {
  message: 'Expected the calls function to be executed 1 time(s) but was executed 2 time(s).',
});
tracker.reset(once);
assert.deepStrictEqual(tracker.getCalls(once), []);
once();
tracker.verify();

// A single function off: its own message.
const t2 = new assert.CallTracker();
const f2 = t2.calls(foo, 2);
f2();
assert.throws(() => t2.verify(), {
  message: 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).',
});
t2.calls(() => {});
t2.reset();
assert.strictEqual(t2.report().length, 2);

// Validation.
assert.throws(() => tracker.calls(foo, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
assert.throws(() => tracker.getCalls(foo), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'tracked' is not a tracked function. Received [Function: foo]",
});
assert.throws(() => tracker.reset(foo), { code: 'ERR_INVALID_ARG_VALUE' });
