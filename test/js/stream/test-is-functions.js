'use strict';
// stream.isReadable / isWritable / isErrored / isDisturbed / isDestroyed.
const common = require('../../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable } = stream;

const r = new Readable({ read() {} });
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isWritable(r), null);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDisturbed(r), false);
assert.strictEqual(stream.isDestroyed(r), false);
assert.strictEqual(stream.isReadable({}), null);
assert.strictEqual(stream.isDestroyed({}), null);

r.on('error', () => {});
r.destroy(new Error('z'));
assert.strictEqual(stream.isReadable(r), false);
// Errored once 'error' has been emitted.
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDisturbed(r), true);
assert.strictEqual(stream.isDestroyed(r), true);
assert.strictEqual(r.readableAborted, true);

const w = new Writable({ write(c, e, cb) { cb(); } });
assert.strictEqual(stream.isWritable(w), true);
w.end();
assert.strictEqual(stream.isWritable(w), false);

const r2 = new Readable({ read() {} });
r2.push('x');
r2.read();
assert.strictEqual(stream.isDisturbed(r2), true);
assert.strictEqual(r2.readableDidRead, true);
setImmediate(common.mustCall(() => assert.strictEqual(stream.isErrored(r), true)));
