'use strict';
// What cannot be serialized, and what cannot be read back.
require('../../common');
const assert = require('assert');
const v8 = require('v8');

const cloneError = (what) => ({ name: 'Error', message: `${what} could not be cloned.` });
assert.throws(() => v8.serialize(() => 1), cloneError('() => 1'));
assert.throws(() => v8.serialize(Symbol('x')), cloneError('Symbol(x)'));
assert.throws(() => v8.serialize({ a: new WeakMap() }), cloneError('#<WeakMap>'));
assert.throws(() => v8.serialize(Promise.resolve()), cloneError('#<Promise>'));
assert.throws(() => v8.serialize(new Proxy({}, {})), cloneError('#<Object>'));
const versionError = { message: 'Unable to deserialize cloned data due to invalid or unsupported version.' };
assert.throws(() => v8.deserialize(Buffer.from('0102', 'hex')), versionError);
assert.throws(() => v8.deserialize(Buffer.from('ff', 'hex')), versionError);
assert.throws(() => v8.deserialize(Buffer.from('ff0f', 'hex')), { message: 'Unable to deserialize cloned data.' });
assert.throws(() => v8.deserialize(Buffer.from('ff0f49', 'hex')), { message: 'Unable to deserialize cloned data.' });
assert.throws(() => v8.deserialize('ff0f'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(v8.deserialize(Buffer.from('ff0d4902', 'hex')), 1);
