'use strict';
const assert = require('assert');
const old = process.umask();
assert.ok(Number.isInteger(old));
assert.strictEqual(process.umask(0o027), old);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('0022'), 0o027);
assert.strictEqual(process.umask(old), 0o022);
assert.throws(() => process.umask('8'), { code: 'ERR_INVALID_ARG_VALUE' });
