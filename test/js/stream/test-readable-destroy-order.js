'use strict';
// destroy(err): state changes at once, 'error' then 'close' on the next tick.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
r.on('error', (e) => log.push(`error:${e.message}`));
r.on('close', () => log.push('close'));
r.on('end', common.mustNotCall());
const err = new Error('boom');
assert.strictEqual(r.destroy(err), r);
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored, err);
assert.strictEqual(r.closed, true);
assert.strictEqual(r._readableState.errorEmitted, false);
process.nextTick(() => log.push('tick'));

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log, ['error:boom', 'close', 'tick']);
  assert.strictEqual(r._readableState.errorEmitted, true);
  assert.strictEqual(r._readableState.closeEmitted, true);
  // A second destroy does nothing, but calls back.
  r.destroy(new Error('again'), common.mustCall((e) => assert.strictEqual(e, undefined)));
}));
