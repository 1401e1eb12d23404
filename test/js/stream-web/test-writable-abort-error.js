'use strict';
// abort() runs the sink's abort with the reason and aborts controller.signal; a failing
// write errors the stream (later writes and closed reject); controller.error() too.
const common = require('../../common');
const assert = require('assert');
const { WritableStream } = require('stream/web');

(async () => {
  let abortReason;
  let signal;
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    abort(reason) { abortReason = reason; },
  });
  const writer = ws.getWriter();
  await writer.abort('nope');
  assert.strictEqual(abortReason, 'nope');
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'nope');
  await assert.rejects(writer.closed, (e) => e === 'nope');

  const boom = new Error('write failed');
  const ws2 = new WritableStream({ write() { throw boom; } });
  const w2 = ws2.getWriter();
  await assert.rejects(w2.write(1), boom);
  await assert.rejects(w2.write(2), boom);
  await assert.rejects(w2.closed, boom);
  assert.strictEqual(w2.desiredSize, null);

  let ctl;
  const ws3 = new WritableStream({ start(c) { ctl = c; } });
  const w3 = ws3.getWriter();
  ctl.error(new Error('ctl'));
  await assert.rejects(w3.write('x'), /ctl/);
  await assert.rejects(ws3.getWriter === undefined ? null : w3.ready, /ctl/);

  // close() on a locked stream and abort() on a locked stream reject.
  const ws4 = new WritableStream();
  ws4.getWriter();
  await assert.rejects(ws4.close(), TypeError);
  await assert.rejects(ws4.abort(), TypeError);
})().then(common.mustCall());
