'use strict';
const assert = require('assert');
assert.strictEqual(process.getBuiltinModule('events'), require('events'));
assert.strictEqual(process.getBuiltinModule('node:path'), require('path'));
assert.strictEqual(process.getBuiltinModule('nope'), undefined);
assert.strictEqual(process.getBuiltinModule('test'), undefined);
assert.throws(() => process.getBuiltinModule(1), { code: 'ERR_INVALID_ARG_TYPE' });
