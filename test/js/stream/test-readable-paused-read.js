'use strict';
// Paused mode: 'readable' then read() drains the buffer; read(n) takes n bytes.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('hello');
r.push('world');
assert.strictEqual(r.readableLength, 10);
assert.strictEqual(r.read(3).toString(), 'hel');
assert.strictEqual(r.read(4).toString(), 'lowo');
// More than buffered and not ended: nothing.
assert.strictEqual(r.read(10), null);
assert.strictEqual(r.readableLength, 3);
r.push(null);
// Ended: the rest.
assert.strictEqual(r.read(10).toString(), 'rld');
assert.strictEqual(r.read(), null);
assert.strictEqual(r.readableEnded, false);
r.on('end', common.mustCall(() => {
  assert.strictEqual(r.readableEnded, true);
}));
