'use strict';
// Opening fails: 'error' then 'close'; writes after end fail.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

const ws = fs.createWriteStream(p('no/such/file'));
ws.on('open', common.mustNotCall());
ws.on('error', common.mustCall((err) => {
  console.log('error', err.code, err.syscall);
}));
ws.on('close', common.mustCall(() => {
  console.log('close');
  const d = fs.createWriteStream(dir);
  d.on('error', common.mustCall((err) => console.log('dir error', err.code)));
  d.on('close', common.mustCall(afterEnd));
}));
ws.write('x');

function afterEnd() {
  const e = fs.createWriteStream(p('ok'));
  e.end('done');
  e.write('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
  e.on('error', common.mustCall((err) => console.log('after end', err.code)));
}
