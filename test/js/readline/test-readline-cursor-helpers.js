'use strict';
// readline.cursorTo/moveCursor/clearLine/clearScreenDown write Node's ANSI sequences and
// return what write() returned; with nothing to write they return true and call back on the
// next tick; bad positions throw Node's errors.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');

const written = [];
const stream = { write(data, cb) { written.push([data, typeof cb]); return 'W'; } };
function check(fn, data) {
  written.length = 0;
  assert.strictEqual(fn(), 'W');
  assert.deepStrictEqual(written.map((w) => w[0]), [data]);
}

check(() => readline.cursorTo(stream, 1), '\x1b[2G');
check(() => readline.cursorTo(stream, 1, 2), '\x1b[3;2H');
check(() => readline.cursorTo(stream, 1, 'x'), '\x1b[2G');
check(() => readline.moveCursor(stream, 2, -3), '\x1b[2C\x1b[3A');
check(() => readline.moveCursor(stream, -2, 3), '\x1b[2D\x1b[3B');
check(() => readline.moveCursor(stream, 'x', 1), '\x1b[1B');
check(() => readline.clearLine(stream, -1), '\x1b[1K');
check(() => readline.clearLine(stream, 1), '\x1b[0K');
check(() => readline.clearLine(stream, 0), '\x1b[2K');
check(() => readline.clearLine(stream), '\x1b[2K');
check(() => readline.clearScreenDown(stream), '\x1b[0J');

// y may be the callback.
written.length = 0;
readline.cursorTo(stream, 2, common.mustNotCall());
assert.deepStrictEqual(written, [['\x1b[3G', 'function']]);

// Nothing to write: true, callback(null) on the next tick.
let sync = true;
const later = common.mustCall((err) => {
  assert.strictEqual(err, null);
  assert.strictEqual(sync, false);
}, 4);
assert.strictEqual(readline.cursorTo(null, 2, later), true);
assert.strictEqual(readline.moveCursor(stream, 0, 0, later), true);
assert.strictEqual(readline.clearLine(null, 0, later), true);
assert.strictEqual(readline.clearScreenDown(undefined, later), true);
assert.strictEqual(readline.cursorTo(stream), true);
sync = false;

assert.throws(() => readline.cursorTo(stream, 'a', 2),
              { code: 'ERR_INVALID_CURSOR_POS', name: 'TypeError',
                message: 'Cannot set cursor row without setting its column' });
assert.throws(() => readline.cursorTo(stream, NaN),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'x' is invalid. Received NaN" });
assert.throws(() => readline.cursorTo(stream, 1, NaN),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'y' is invalid. Received NaN" });
assert.throws(() => readline.clearScreenDown(stream, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.moveCursor(stream, 1, 1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
