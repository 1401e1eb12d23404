'use strict';
// node:test (only reachable with the node: prefix, as in Node): test/it, describe/suite, hooks,
// mocks, snapshots and run(). The tree and its reporting live in lib/internal/test_runner.

const { ObjectDefineProperty } = primordials;

const { Test, Suite } = require('internal/test_runner/test');
const { createTest, hook } = require('internal/test_runner/harness');

// test/it/describe/suite and their .skip/.todo/.only forms; each passes itself as the frame
// above which the declaring location is read.
function runner(Factory, name) {
  const make = (label, extra) => {
    const fn = {
      [label](...args) { return impl(...args); },
    }[label];
    const impl = createTest(Factory, fn, extra);
    return fn;
  };
  const main = make(name, undefined);
  main.skip = make('skip', { skip: true });
  main.todo = make('todo', { todo: true });
  main.only = make('only', { only: true });
  return main;
}

const test = runner(Test, 'test');
const it = runner(Test, 'it');
const describe = runner(Suite, 'describe');
const suite = runner(Suite, 'suite');

module.exports = test;
test.test = test;
test.it = it;
test.describe = describe;
test.suite = suite;
test.before = hook('before');
test.after = hook('after');
test.beforeEach = hook('beforeEach');
test.afterEach = hook('afterEach');
test.run = function run(options) {
  return require('internal/test_runner/runner').run(options);
};

let lazyMock;
ObjectDefineProperty(test, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    lazyMock ??= new (require('internal/test_runner/mock/mock').MockTracker)();
    return lazyMock;
  },
});

let lazySnapshot;
ObjectDefineProperty(test, 'snapshot', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    lazySnapshot ??= require('internal/test_runner/snapshot').publicApi();
    return lazySnapshot;
  },
});
