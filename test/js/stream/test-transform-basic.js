'use strict';
// Transform: _transform output, _flush (as _final) before 'prefinish', event order.
const common = require('../../common');
const assert = require('assert');
const { Transform } = require('stream');

const log = [];
const t = new Transform({
  transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); },
  flush(cb) { log.push('flush'); cb(null, '!'); },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log.push(ev));
t.on('data', (d) => log.push(`data:${d}`));
t.write('a');
t.end('b');
t.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'data:A', 'data:B', 'flush', 'data:!', 'prefinish', 'end', 'finish', 'close',
  ]);
}));
