'use strict';
// A file copied through pipe(): ReadStream → WriteStream, finish then close.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = i % 251;
fs.writeFileSync(p('src'), data);
const rs = fs.createReadStream(p('src'));
const ws = fs.createWriteStream(p('dst'));
const events = [];
rs.on('end', () => events.push('rs end'));
rs.on('close', () => events.push('rs close'));
ws.on('finish', () => events.push('ws finish'));
ws.on('close', common.mustCall(() => {
  events.push('ws close');
  assert.deepStrictEqual(fs.readFileSync(p('dst')), data);
  assert.strictEqual(ws.bytesWritten, data.length);
  assert.strictEqual(rs.bytesRead, data.length);
  console.log(events.includes('rs end'), events.indexOf('ws finish') < events.indexOf('ws close'));
}));
rs.pipe(ws);
