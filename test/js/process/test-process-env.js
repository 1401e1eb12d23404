'use strict';
const assert = require('assert');
assert.strictEqual(typeof process.env.PATH, 'string');
process.env.N4J_NUM = 42;
assert.strictEqual(process.env.N4J_NUM, '42');
process.env.N4J_BOOL = true;
assert.strictEqual(process.env.N4J_BOOL, 'true');
process.env.N4J_UNDEF = undefined;
assert.strictEqual(process.env.N4J_UNDEF, 'undefined');
assert.ok('N4J_NUM' in process.env);
assert.ok(Object.keys(process.env).includes('N4J_NUM'));
delete process.env.N4J_NUM;
assert.strictEqual(process.env.N4J_NUM, undefined);
assert.ok(!('N4J_NUM' in process.env));
assert.throws(() => { process.env.X = Symbol('s'); }, TypeError);
assert.throws(() => Object.defineProperty(process.env, 'Y', { get() {} }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.strictEqual(process.env[Symbol('x')], undefined);
