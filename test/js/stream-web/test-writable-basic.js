'use strict';
// WritableStream: writes reach the sink in order, one at a time; close() waits for them;
// the writer's desiredSize and ready follow the queue; locked/releaseLock.
const common = require('../../common');
const assert = require('assert');
const { WritableStream, CountQueuingStrategy } = require('stream/web');

(async () => {
  const events = [];
  let inFlight = 0;
  const ws = new WritableStream({
    start() { events.push('start'); },
    async write(chunk) {
      inFlight++;
      assert.strictEqual(inFlight, 1);
      events.push(`write ${chunk}`);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
    },
    close() { events.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const writer = ws.getWriter();
  assert.strictEqual(ws.locked, true);
  assert.strictEqual(writer.desiredSize, 2);
  const p1 = writer.write('a');
  const p2 = writer.write('b');
  const p3 = writer.write('c');
  assert.strictEqual(writer.desiredSize, -1);
  await Promise.all([p1, p2, p3]);
  assert.strictEqual(writer.desiredSize, 2);
  await writer.ready;
  await writer.close();
  await writer.closed;
  assert.deepStrictEqual(events, ['start', 'write a', 'write b', 'write c', 'close']);
  await assert.rejects(writer.write('d'), TypeError);
  writer.releaseLock();
  assert.strictEqual(ws.locked, false);
  await assert.rejects(writer.closed, TypeError);
})().then(common.mustCall());
