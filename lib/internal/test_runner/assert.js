'use strict';
// t.assert: every function of node:assert, each counting toward the test's plan, plus
// snapshot() and fileSnapshot().

const { ReflectApply } = primordials;

const kMethods = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow',
  'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok'];

function contextAssert(test, ctx) {
  const assert = require('assert');
  const out = { __proto__: null };
  for (let i = 0; i < kMethods.length; i++) {
    const name = kMethods[i];
    const fn = assert[name];
    if (typeof fn !== 'function') continue;
    // A named function of its own, so assertion messages and stacks start at the caller.
    out[name] = { [name](...args) {
      test.countAssertion();
      return ReflectApply(fn, this, args);
    } }[name];
  }
  // ok() reads the failing expression from its caller's source: the caller is user code.
  const { innerOk } = require('internal/assert/utils');
  out.ok = function ok(...args) {
    test.countAssertion();
    innerOk(ok, args.length, args[0], args[1], 'simple');
  };
  const snapshot = require('internal/test_runner/snapshot');
  out.snapshot = function snapshot_(value, options) {
    test.countAssertion();
    return snapshot.assertSnapshot(test, ctx, value, options);
  };
  out.fileSnapshot = function fileSnapshot(value, path, options) {
    test.countAssertion();
    return snapshot.assertFileSnapshot(test, value, path, options);
  };
  return out;
}

module.exports = { contextAssert };
