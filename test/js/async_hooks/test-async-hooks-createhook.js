'use strict';
require('../../common');
const assert = require('assert');
const { createHook } = require('async_hooks');

assert.throws(() => createHook({ init: 1 }), { name: 'TypeError', code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function' });
assert.throws(() => createHook({ before: 'x' }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.before must be a function' });
assert.throws(() => createHook({ after: {} }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.after must be a function' });
assert.throws(() => createHook({ destroy: 2 }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.destroy must be a function' });
assert.throws(() => createHook({ promiseResolve: 3 }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.promiseResolve must be a function' });
const h = createHook({});
assert.strictEqual(h.enable(), h);
assert.strictEqual(h.disable(), h);
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(h)), ['constructor', 'enable', 'disable']);
