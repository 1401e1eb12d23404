'use strict';
// Shared helpers for test/js, in the spirit of Node's test/common: call counters
// checked when the process exits.
const assert = require('assert');

const mustCallChecks = [];

function runCallChecks(exitCode) {
  if (exitCode !== 0) return;
  const failed = mustCallChecks.filter((c) =>
    (c.exact !== undefined ? c.actual !== c.exact : c.actual < c.minimum));
  for (const c of failed) {
    const expected = c.exact !== undefined ? `exactly ${c.exact}` : `at least ${c.minimum}`;
    console.error(`Mismatched ${c.name} function calls. Expected ${expected}, actual ${c.actual}.`);
    console.error(c.stack.split('\n').slice(2).join('\n'));
  }
  if (failed.length) process.exit(1);
}

function mustCall(fn, exact = 1) {
  return makeCounted(fn, { exact });
}

function mustCallAtLeast(fn, minimum = 1) {
  return makeCounted(fn, { minimum });
}

function makeCounted(fn, opts) {
  if (typeof fn === 'number') { opts = { exact: fn }; fn = undefined; }
  fn ??= () => {};
  if (mustCallChecks.length === 0) process.on('exit', runCallChecks);
  const context = { ...opts, actual: 0, name: fn.name || '<anonymous>', stack: new Error().stack };
  mustCallChecks.push(context);
  const wrapped = function(...args) {
    context.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return wrapped;
}

function mustNotCall(msg) {
  const where = new Error().stack.split('\n')[2];
  return function mustNotCall(...args) {
    assert.fail(`${msg || 'function should not have been called'} at ${where.trim()}` +
      (args.length ? `\ncalled with arguments: ${args.map(String).join(', ')}` : ''));
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

// expectsError(validation[, exact]) returns a callback asserting its first argument.
function expectsError(validation, exact) {
  return mustCall((actual) => {
    assert.ok(actual instanceof Error, `expected an error, got ${actual}`);
    for (const [key, value] of Object.entries(validation)) {
      if (value instanceof RegExp && typeof actual[key] === 'string') {
        assert.match(actual[key], value);
      } else {
        assert.deepStrictEqual(actual[key], value, `error.${key}`);
      }
    }
    return true;
  }, exact);
}

const isNode4j = typeof process.versions.node4j === 'string';

module.exports = {
  expectsError,
  isNode4j,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  get tmpdir() { return require('os').tmpdir(); },
};
