'use strict';
// emit('error') without listeners: Errors are thrown as they are, anything else is
// wrapped in ERR_UNHANDLED_ERROR with the inspected value and `context`.
require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const err = new Error('boom');
assert.throws(() => e.emit('error', err), (thrown) => thrown === err);

const cases = [
  [undefined, 'Unhandled error. (undefined)'],
  [null, 'Unhandled error. (null)'],
  ['str', "Unhandled error. ('str')"],
  [42, 'Unhandled error. (42)'],
  [{ a: 1 }, 'Unhandled error. ({ a: 1 })'],
  [{ message: 'not an Error' }, "Unhandled error. ({ message: 'not an Error' })"],
  [[1, 2], 'Unhandled error. ([ 1, 2 ])'],
];
for (const [value, message] of cases) {
  assert.throws(() => e.emit('error', value), (thrown) => {
    assert.strictEqual(thrown.name, 'Error');
    assert.strictEqual(thrown.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(thrown.message, message);
    assert.strictEqual(thrown.context, value);
    assert.deepStrictEqual(Object.keys(thrown), ['code', 'context']);
    return true;
  });
}
// No argument at all.
assert.throws(() => e.emit('error'), {
  code: 'ERR_UNHANDLED_ERROR',
  message: 'Unhandled error. (undefined)',
});

// Subclasses of Error are thrown as they are too.
class MyError extends TypeError {}
const mine = new MyError('x');
assert.throws(() => e.emit('error', mine), (thrown) => thrown === mine);

// An emitter that never ran the constructor.
const bare = Object.create(EventEmitter.prototype);
assert.throws(() => bare.emit('error', err), (thrown) => thrown === err);
assert.strictEqual(bare.emit('other'), false);

// With a listener, nothing is thrown and emit returns true.
e.on('error', (got) => assert.strictEqual(got, err));
assert.strictEqual(e.emit('error', err), true);
