'use strict';
// The compile-cache API's shape: status constants, argument checks, and a cache that is not
// enabled (node4j cannot persist compiled code; Node disabled by NODE_DISABLE_COMPILE_CACHE)
// leaves getCompileCacheDir() undefined and flushCompileCache() a no-op.
require('../../common');
const assert = require('assert');
const module_ = require('module');

process.env.NODE_DISABLE_COMPILE_CACHE = '1';
const { constants: { compileCacheStatus } } = module_;
assert.deepStrictEqual({ ...compileCacheStatus }, { FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 });
assert.strictEqual(Object.getPrototypeOf(compileCacheStatus), null);

assert.throws(() => module_.enableCompileCache(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'cacheDir should be a string' });
assert.throws(() => module_.enableCompileCache({ directory: 5 }), { code: 'ERR_INVALID_ARG_TYPE', message: 'cacheDir should be a string' });

const result = module_.enableCompileCache();
assert.ok(result.status === compileCacheStatus.DISABLED || result.status === compileCacheStatus.FAILED);
assert.strictEqual(typeof result.message, 'string');
assert.strictEqual(result.directory, undefined);
assert.strictEqual(module_.getCompileCacheDir(), undefined);
assert.strictEqual(module_.flushCompileCache(), undefined);
