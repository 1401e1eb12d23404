'use strict';
// The tty module's shape: isatty/ReadStream/WriteStream; WriteStream.prototype carries isTTY,
// colour queries, window size and the cursor helpers; ReadStream.prototype.setRawMode; both
// are streams (net.Socket in Node, Readable/Writable here). The cursor methods write through readline's helpers.
const common = require('../../common');
const assert = require('assert');
const tty = require('tty');

assert.deepStrictEqual(Object.keys(tty).sort(), ['ReadStream', 'WriteStream', 'isatty']);
for (const name of ['getColorDepth', 'hasColors', '_refreshSize', 'cursorTo', 'moveCursor',
  'clearLine', 'clearScreenDown', 'getWindowSize']) {
  assert.strictEqual(typeof tty.WriteStream.prototype[name], 'function', name);
}
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
assert.strictEqual(typeof tty.ReadStream.prototype.setRawMode, 'function');
assert.strictEqual(typeof tty.WriteStream.prototype.write, "function");
assert.strictEqual(typeof tty.ReadStream.prototype.pipe, "function");

// The cursor helpers on a stand-in stream (no terminal needed).
const written = [];
const fake = { write(d, cb) { written.push(d); if (cb) process.nextTick(cb); return true; } };
const proto = tty.WriteStream.prototype;
assert.strictEqual(proto.cursorTo.call(fake, 3, 4), true);
proto.moveCursor.call(fake, -1, 2);
proto.clearLine.call(fake, 1);
proto.clearScreenDown.call(fake, common.mustCall());
assert.deepStrictEqual(written, ['\x1b[5;4H', '\x1b[1D\x1b[2B', '\x1b[0K', '\x1b[0J']);
assert.deepStrictEqual(proto.getWindowSize.call({ columns: 80, rows: 24 }), [80, 24]);
