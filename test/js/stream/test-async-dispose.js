'use strict';
// Symbol.asyncDispose destroys the stream and waits for it to close.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((e) => assert.strictEqual(e.name, 'AbortError')));
  await r[Symbol.asyncDispose]();
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, true);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', common.mustCall((e) => assert.strictEqual(e.name, 'AbortError')));
  await w[Symbol.asyncDispose]();
  assert.strictEqual(w.destroyed, true);
})().then(common.mustCall());
