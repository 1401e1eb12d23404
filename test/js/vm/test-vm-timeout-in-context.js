'use strict';
// A timeout stops an endless loop in a new context and in runInContext, with Node's
// ERR_SCRIPT_EXECUTION_TIMEOUT; the context stays usable afterwards, and code that ends in
// time is unaffected.
const common = require('../../common');
const assert = require('assert');
const vm = require('vm');

const ctx = vm.createContext({ n: 0 });
const timedOut = { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT', message: 'Script execution timed out after 50ms' };
assert.throws(() => vm.runInContext('while (true) n++', ctx, { timeout: 50 }), timedOut);
assert.ok(ctx.n > 0);
assert.strictEqual(vm.runInContext('n = 5; n * 2', ctx, { timeout: 1000 }), 10);
assert.throws(() => vm.runInNewContext('for (;;) {}', {}, { timeout: 50 }), timedOut);
assert.throws(() => new vm.Script('while (true) {}').runInThisContext({ timeout: 50 }), timedOut);
assert.strictEqual(new vm.Script('1 + 1').runInThisContext({ timeout: 5000 }), 2);
common.mustCall()();
