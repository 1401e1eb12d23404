'use strict';
// pipe(): 'pipe' on the destination, data flows, end() follows the source.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable, PassThrough } = require('stream');

const log = [];
const r = new Readable({ objectMode: true, read() {} });
const p = new PassThrough({ objectMode: true });
const w = new Writable({ objectMode: true, write(c, e, cb) { log.push(`_write:${c}`); cb(); } });
p.on('pipe', common.mustCall((src) => assert.strictEqual(src, r)));
w.on('pipe', common.mustCall((src) => assert.strictEqual(src, p)));
p.on('unpipe', common.mustCall((src) => { assert.strictEqual(src, r); log.push('p unpipe'); }));
w.on('unpipe', common.mustCall(() => log.push('w unpipe')));
w.on('finish', () => log.push('w finish'));
r.on('end', () => log.push('r end'));
assert.strictEqual(r.pipe(p), p);
p.pipe(w);
r.push('a');
r.push('b');
r.push(null);
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, ['_write:a', '_write:b', 'r end', 'p unpipe', 'w finish', 'w unpipe']);
}));
