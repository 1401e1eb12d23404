'use strict';
// Relative placement of stream events, nextTick and microtasks (all the
// stream events here are nextTick-driven, so they run before the promise job), for a
// readable end, a writable finish and a destroy with error, in one run.
const common = require('../../common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const log = [];
const r = new Readable({ objectMode: true, read() {} });
const w = new Writable({ objectMode: true, write(c, e, cb) { log.push(`w:_write:${c}`); cb(); } });
const x = new Readable({ read() {} });
r.on('data', (c) => log.push(`r:data:${c}`));
r.on('end', () => log.push('r:end'));
r.on('close', () => log.push('r:close'));
w.on('finish', () => log.push('w:finish'));
w.on('close', () => log.push('w:close'));
x.on('error', (e) => log.push(`x:error:${e.message}`));
x.on('close', () => log.push('x:close'));

r.push('a');
r.push(null);
w.write('b');
w.end();
x.destroy(new Error('boom'));
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('micro'));

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(log, [
    'w:_write:b',
    'r:data:a',
    'x:error:boom', 'x:close',
    'tick',
    'r:end',
    'w:finish',
    'r:close',
    'w:close',
    'micro',
  ]);
}));
