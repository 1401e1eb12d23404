'use strict';
// readline/promises Readline: commands queue until commit() writes them in one write;
// rollback() drops them; autoCommit writes each on the next tick; arguments are validated.
const common = require('../../common');
const assert = require('assert');
const { Writable, Duplex } = require('stream');
const { Readline } = require('readline/promises');

const writes = [];
const w = new Writable({ write(d, e, cb) { writes.push(String(d)); cb(); } });

assert.throws(() => new Readline({}), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => new Readline(w, { autoCommit: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.autoCommit" property must be of type boolean. Received type number (1)',
});
new Readline(new Duplex());

const r = new Readline(w);
assert.throws(() => r.cursorTo('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.cursorTo(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => r.cursorTo(1, 'b'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.clearLine(2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "dir" is out of range. It must be >= -1 && <= 1. Received 2',
});
assert.throws(() => r.moveCursor('a', 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(r.moveCursor(0, 0), r);

r.cursorTo(1).cursorTo(2, 3).moveCursor(-1, 1).clearLine(-1).clearLine(0).clearLine(1).clearScreenDown();
assert.deepStrictEqual(writes, []);
const p = r.commit();
assert.ok(p instanceof Promise);
assert.deepStrictEqual(writes, ['\x1b[2G\x1b[4;3H\x1b[1D\x1b[1B\x1b[1K\x1b[2K\x1b[0K\x1b[0J']);
p.then(common.mustCall(() => {
  writes.length = 0;
  r.cursorTo(5);
  assert.strictEqual(r.rollback(), r);
  return r.commit();
})).then(common.mustCall(() => {
  assert.deepStrictEqual(writes, ['']);
  writes.length = 0;
  const auto = new Readline(w, { autoCommit: true });
  auto.cursorTo(3);
  assert.deepStrictEqual(writes, []);
  process.nextTick(common.mustCall(() => assert.deepStrictEqual(writes, ['\x1b[4G'])));
}));
