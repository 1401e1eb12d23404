// process.getBuiltinModule gives builtins by id, with or without node:.
import assert from 'node:assert';

assert.strictEqual(process.getBuiltinModule('fs'), process.getBuiltinModule('node:fs'));
assert.strictEqual(typeof process.getBuiltinModule('node:path').join, 'function');
assert.strictEqual(process.getBuiltinModule('no-such-builtin'), undefined);
assert.throws(() => process.getBuiltinModule(1), { code: 'ERR_INVALID_ARG_TYPE' });
