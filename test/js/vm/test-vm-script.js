'use strict';
// vm.Script compiles once (syntax errors at construction) and runs in any context.
require('../../common');
const assert = require('assert');
const vm = require('vm');

const script = new vm.Script('n * 2', { filename: 'double.js' });
assert.strictEqual(script.runInNewContext({ n: 4 }), 8);
assert.strictEqual(script.runInContext(vm.createContext({ n: 5 })), 10);
globalThis.n = 6;
assert.strictEqual(script.runInThisContext(), 12);
delete globalThis.n;
assert.strictEqual(vm.createScript('1 + 1').runInThisContext(), 2);
assert.throws(() => new vm.Script('x x', { filename: 'bad.js' }), SyntaxError);
assert.throws(() => new vm.Script('1', { filename: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', 'str-is-filename').runInContext({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});
const withCache = new vm.Script('1', { cachedData: Buffer.from('not v8 code cache') });
assert.strictEqual(withCache.cachedDataRejected, true);
assert.ok(Buffer.isBuffer(new vm.Script('1').createCachedData()));
