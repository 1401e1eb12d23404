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
