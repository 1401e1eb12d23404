'use strict';
// Asynchronous _write(): 'finish' comes one tick after the last callback.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(c, e, cb) {
    setImmediate(() => {
      process.nextTick(() => log.push('tick-before'));
      cb();
      log.push('after-cb');
    });
  },
});
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.write('a', () => log.push('cb'));
w.end(() => log.push('endcb'));
w.on('close', common.mustCall(() => {
  assert.deepStrictEqual(log, ['cb', 'prefinish', 'after-cb', 'tick-before', 'endcb', 'finish']);
}));
