'use strict';
// Symbol-keyed sandbox properties are visible in the context too.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const key = Symbol.for('vm.test.key');
const sandbox = { [key]: 'sym' };
vm.createContext(sandbox);
assert.strictEqual(vm.runInContext('globalThis[Symbol.for("vm.test.key")]', sandbox), 'sym');
