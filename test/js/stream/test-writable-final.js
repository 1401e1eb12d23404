'use strict';
// _final() runs synchronously from end(); 'prefinish' when it calls back,
// 'finish' on a later tick.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(c, e, cb) { cb(); },
  final: common.mustCall((cb) => {
    log.push('_final');
    setImmediate(() => {
      log.push('final-cb');
      cb();
      log.push('after-final-cb');
    });
  }),
});
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.on('close', common.mustCall(() => {
  log.push('close');
  assert.deepStrictEqual(log, [
    '_final', 'after-end', 'final-cb', 'prefinish', 'after-final-cb', 'finish', 'close',
  ]);
}));
w.end();
log.push('after-end');
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableFinished, false);
