'use strict';
// The legacy Stream class and its simple pipe().
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');
const stream = require('stream');
const { Writable } = stream;

assert.strictEqual(stream.Stream, stream);
assert.ok(new stream() instanceof EventEmitter);
assert.ok(new stream.Readable() instanceof stream);

const s = new stream();
s.readable = true;
const got = [];
const w = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
w.on('pipe', common.mustCall((src) => assert.strictEqual(src, s)));
assert.strictEqual(s.pipe(w), w);
s.emit('data', 'a');
s.emit('data', 'b');
s.emit('end');
w.on('finish', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));

// An error with no other listener is rethrown by the pipe's handler.
const s2 = new stream();
const d2 = new stream();
d2.writable = true;
d2.write = () => true;
d2.end = () => {};
s2.pipe(d2);
assert.throws(() => s2.emit('error', new Error('legacy')), { message: 'legacy' });
