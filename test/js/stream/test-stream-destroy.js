'use strict';
// stream.destroy(s, err) destroys any stream-like thing.
const common = require('../../common');
const assert = require('assert');
const stream = require('stream');

const r = new stream.Readable({ read() {} });
r.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'd')));
stream.destroy(r, new Error('d'));
assert.strictEqual(r.destroyed, true);

// Not finished and no error: an AbortError.
const w = new stream.Writable();
w.on('error', common.mustCall((e) => assert.strictEqual(e.name, 'AbortError')));
stream.destroy(w);

// An object with only close().
const closer = { close: common.mustCall(), on() {}, pipe() {} };
stream.destroy(closer);
