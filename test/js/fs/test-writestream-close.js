'use strict';
// close() ends the stream: pending writes are flushed, the callback runs on 'close'.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const ws = fs.createWriteStream(p('f'));
ws.write('a');
ws.write('b');
ws.close(common.mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), 'ab');
  assert.strictEqual(ws.closed, true);
  assert.strictEqual(ws.fd, null);
}));
const ws2 = fs.createWriteStream(p('g'));
ws2.destroy();
ws2.on('close', common.mustCall(() => {
  assert.strictEqual(ws2.destroyed, true);
}));
