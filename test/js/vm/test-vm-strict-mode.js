'use strict';
// Code in a context is sloppy unless it says otherwise, whatever the caller is.
require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.strictEqual(vm.runInNewContext('(function () { return this === globalThis; })()'), true);
assert.strictEqual(vm.runInNewContext('"use strict"; (function () { return this; })()'), undefined);
assert.throws(() => vm.runInNewContext('"use strict"; undeclared = 1'), (e) => e.name === 'ReferenceError');
