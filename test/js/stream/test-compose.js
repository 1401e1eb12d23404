'use strict';
// compose(): one Duplex in front of several streams; functions become stages.
const common = require('../../common');
const assert = require('assert');
const { compose, Transform, Readable, Writable, PassThrough } = require('stream');

const upper = () => new Transform({ objectMode: true, transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const bang = () => new Transform({ objectMode: true, transform(c, e, cb) { cb(null, `${c}!`); } });

(async () => {
  const c = compose(upper(), bang());
  assert.strictEqual(c.readable, true);
  assert.strictEqual(c.writable, true);
  c.write('a');
  c.end('b');
  assert.deepStrictEqual(await c.toArray(), ['A!', 'B!']);

  const g = compose(upper(), async function* (src) { for await (const x of src) yield `<${x}>`; });
  g.end('x');
  assert.deepStrictEqual(await g.toArray(), ['<X>']);

  // Readable first: the result is read-only.
  const ro = compose(Readable.from(['q']), upper());
  assert.strictEqual(ro.writable, false);
  assert.deepStrictEqual(await ro.toArray(), ['Q']);

  // Readable.prototype.compose.
  assert.deepStrictEqual(await Readable.from(['z']).compose(upper()).toArray(), ['Z']);
})().then(common.mustCall());

assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => compose(new PassThrough(), Readable.from([1])), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /streams\[1\].*must be writable/,
});
assert.throws(() => compose(new Writable(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /streams\[0\].*must be readable/,
});
