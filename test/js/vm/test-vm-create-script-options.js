'use strict';
// Script option checks.
require('../../common');
const assert = require('assert');
const vm = require('vm');

assert.throws(() => new vm.Script('1', { lineOffset: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', { columnOffset: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', { cachedData: 'nope' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(new vm.Script(42).runInThisContext(), 42);
assert.strictEqual(new vm.Script({ toString: () => '"coerced"' }).runInThisContext(), 'coerced');
