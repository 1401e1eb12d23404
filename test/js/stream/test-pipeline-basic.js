'use strict';
// pipeline(): data flows through, the callback runs once after everything closed.
const common = require('../../common');
const assert = require('assert');
const { pipeline, Readable, Transform, Writable } = require('stream');

const log = [];
const r = Readable.from(['a', 'b']);
const t = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c + c); } });
const w = new Writable({ objectMode: true, write(c, e, cb) { log.push(c); cb(); } });
for (const [n, s] of [['r', r], ['t', t], ['w', w]]) s.on('close', () => log.push(`${n} close`));
const ret = pipeline(r, t, w, common.mustCall((err) => {
  assert.ifError(err);
  log.push('callback');
  assert.deepStrictEqual(log, ['aa', 'bb', 't close', 'w close', 'r close', 'callback']);
}));
assert.strictEqual(ret, w);
