'use strict';
// stream/promises finished() resolves / rejects; util.promisify(finished) is it.
const common = require('../../common');
const assert = require('assert');
const util = require('util');
const stream = require('stream');
const { finished } = require('stream/promises');

assert.strictEqual(util.promisify(stream.finished), finished);
assert.strictEqual(util.promisify(stream.pipeline), require('stream/promises').pipeline);

(async () => {
  const r = new stream.Readable({ read() {} });
  r.resume();
  r.push(null);
  assert.strictEqual(await finished(r), undefined);

  const r2 = new stream.Readable({ read() {} });
  r2.destroy(new Error('pe'));
  await assert.rejects(finished(r2), { message: 'pe' });

  const w = new stream.Writable({ write(c, e, cb) { cb(); } });
  const p = finished(w, { cleanup: true });
  w.end();
  await p;
  assert.strictEqual(w.listenerCount('finish'), 0);
})().then(common.mustCall());
