'use strict';
// node:test/reporters: the built-in reporters, loaded when first read.

const { ObjectDefineProperty } = primordials;

const kReporters = {
  __proto__: null,
  dot: 'internal/test_runner/reporters/dot',
  junit: 'internal/test_runner/reporters/junit',
  spec: 'internal/test_runner/reporters/spec',
  tap: 'internal/test_runner/reporters/tap',
  lcov: 'internal/test_runner/reporters/lcov',
};

for (const name of ['dot', 'junit', 'spec', 'tap', 'lcov']) {
  let value;
  ObjectDefineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      value ??= require(kReporters[name]);
      return value;
    },
  });
}
