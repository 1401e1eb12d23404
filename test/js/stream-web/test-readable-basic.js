'use strict';
// A default ReadableStream: chunks enqueued in start() come out in order, then done; the
// reader locks the stream; releaseLock unlocks it; reading a closed stream stays done.
const common = require('../../common');
const assert = require('assert');
const { ReadableStream } = require('stream/web');

(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.close();
    },
  });
  assert.strictEqual(rs.locked, false);
  const reader = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.throws(() => rs.getReader(), { name: 'TypeError', code: 'ERR_INVALID_STATE' });
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: 'b', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await reader.closed;
  reader.releaseLock();
  assert.strictEqual(rs.locked, false);
  assert.strictEqual(Object.prototype.toString.call(rs), '[object ReadableStream]');
})().then(common.mustCall());
