'use strict';
// Synchronous _write(): callbacks run on later ticks, in order, 'finish' after
// all of them and after the end() callback.
const common = require('../../common');
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
const w = new Writable({ write(c, e, cb) { log.push(`_write:${c}`); cb(); } });
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push('finish'));
w.on('close', common.mustCall(() => {
  log.push('close');
  assert.deepStrictEqual(log, [
    '_write:a', '_write:b', 'prefinish', 'end()', 'cb:a', 'T1', 'cb:b', 'T2', 'T3',
    'endcb', 'finish', 'close',
  ]);
}));
w.write('a', () => log.push('cb:a'));
process.nextTick(() => log.push('T1'));
w.write('b', () => log.push('cb:b'));
process.nextTick(() => log.push('T2'));
w.end(() => log.push('endcb'));
log.push('end()');
process.nextTick(() => log.push('T3'));
