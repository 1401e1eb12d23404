'use strict';
// The iterator's throw(err): rejects the pending next() (or the next one) and ends.
const common = require('../../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const e = new EventEmitter();
  const it = on(e, 'x');
  const err = new Error('t');
  assert.strictEqual(it.throw(err), undefined);
  await assert.rejects(it.next(), (got) => got === err);
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.deepStrictEqual(e.eventNames(), []);

  const it2 = on(e, 'x');
  const pending = it2.next();
  it2.throw(err);
  await assert.rejects(pending, (got) => got === err);

  const it3 = on(e, 'x');
  for (const [value, received] of [
    ['str', "type string ('str')"],
    [undefined, 'undefined'],
    [{ message: 'x' }, 'an instance of Object'],
    [0, 'type number (0)'],
  ]) {
    assert.throws(() => it3.throw(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "EventEmitter.AsyncIterator" property must be an instance of Error. Received ${received}`,
    });
  }
  // Still usable after rejected throw() calls.
  e.emit('x', 1);
  assert.deepStrictEqual(await it3.next(), { value: [1], done: false });
  await it3.return();
})().then(common.mustCall());
