'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const ws = fs.createWriteStream(p('f'));
const expected = [];
for (let i = 0; i < 1000; i++) {
  const line = `line ${i}\n`;
  expected.push(line);
  ws.write(i % 2 ? line : Buffer.from(line));
}
ws.end();
ws.on('finish', common.mustCall(() => {
  assert.strictEqual(ws.bytesWritten, expected.join('').length);
}));
ws.on('close', common.mustCall(() => {
  assert.strictEqual(fs.readFileSync(p('f'), 'utf8'), expected.join(''));
}));
