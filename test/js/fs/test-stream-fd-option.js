'use strict';
// Streams over an fd the caller opened: no 'open', and autoClose: false leaves it open.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'from fd');
const fd = fs.openSync(p('f'), 'r');
const rs = fs.createReadStream(null, { fd, autoClose: false, encoding: 'utf8' });
rs.on('open', common.mustNotCall());
let s = '';
rs.on('data', (c) => { s += c; });
rs.on('end', common.mustCall(() => {
  assert.strictEqual(s, 'from fd');
  assert.strictEqual(rs.fd, fd);
  assert.strictEqual(fs.fstatSync(fd).size, 7);
  fs.closeSync(fd);
}));
const wfd = fs.openSync(p('g'), 'w');
const ws = fs.createWriteStream(null, { fd: wfd });
ws.end('to fd', common.mustCall(() => {
  ws.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(p('g'), 'utf8'), 'to fd');
    assert.throws(() => fs.fstatSync(wfd), { code: 'EBADF' });
  }));
}));
