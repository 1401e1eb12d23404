'use strict';
// Readable.prototype.wrap() adapts an old-style stream, with backpressure.
const common = require('../../common');
const assert = require('assert');
const { Readable, Stream } = require('stream');

const old = new Stream();
const log = [];
old.pause = () => log.push('src pause');
old.resume = () => log.push('src resume');
const r = new Readable({ objectMode: true, highWaterMark: 1 }).wrap(old);
old.emit('data', 'a');
old.emit('data', 'b');
// Each push() past the highWaterMark pauses the source.
assert.deepStrictEqual(log, ['src pause', 'src pause']);
const got = [];
r.on('data', (d) => got.push(d));
setTimeout(() => old.emit('end'), 2);
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(got, ['a', 'b']);
  assert.deepStrictEqual(log, ['src pause', 'src pause', 'src resume']);
}));

// Readable.wrap() (static) makes the wrapper itself.
const old2 = new Stream();
const w2 = Readable.wrap(old2);
assert.ok(w2 instanceof Readable);
assert.strictEqual(w2.readableObjectMode, true);
w2.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'old err')));
old2.emit('error', new Error('old err'));
