'use strict';
// A timeout stops runaway code with ERR_SCRIPT_EXECUTION_TIMEOUT, and the program goes on.
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

const timedOut = { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT', message: 'Script execution timed out after 50ms' };
assert.throws(() => vm.runInNewContext('for (;;) {}', {}, { timeout: 50 }), timedOut);
assert.throws(() => vm.runInThisContext('while (true) {}', { timeout: 50 }), timedOut);
const ctx = vm.createContext({ count: 0 });
assert.throws(() => new vm.Script('for (;;) { count++; }').runInContext(ctx, { timeout: 50 }), timedOut);
// The context and this thread still work afterwards.
assert.strictEqual(vm.runInContext('typeof count', ctx, { timeout: 10000 }), 'number');
assert.strictEqual(vm.runInNewContext('6 * 7', {}, { timeout: 10000 }), 42);
let later = 0;
for (let i = 0; i < 1000; i++) later += i;
assert.strictEqual(later, 499500);
setTimeout(common.mustCall(), 1);
Promise.resolve().then(common.mustCall());
