'use strict';
// Leaving a for await early destroys the stream with an AbortError (unless
// destroyOnReturn: false).
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.push(2);
  r.on('close', common.mustCall());
  r.on('error', common.mustCall((e) => assert.strictEqual(e.name, 'AbortError')));
  for await (const x of r) {
    assert.strictEqual(x, 1);
    break;
  }
  assert.strictEqual(r.destroyed, true);

  const r2 = new Readable({ objectMode: true, read() {} });
  r2.push(1);
  r2.push(2);
  for await (const x of r2.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(x, 1);
    break;
  }
  assert.strictEqual(r2.destroyed, false);
  assert.strictEqual(r2.read(), 2);
  assert.throws(() => r2.iterator(5), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
