'use strict';
// Event order of a WriteStream, recorded from Node 24.
require('../../common');
const fs = require('fs');
const { p } = require('./tmp');

const ws = fs.createWriteStream(p('f'));
console.log('pending', ws.pending, 'bytesWritten', ws.bytesWritten);
for (const ev of ['open', 'ready', 'finish', 'close', 'drain']) {
  ws.on(ev, (arg) => console.log(ev, typeof arg === 'number' ? 'fd' : '', ws.bytesWritten));
}
console.log('write', ws.write('hello '));
console.log('write', ws.write(Buffer.from('world')));
ws.end('!', () => console.log('end cb', ws.bytesWritten));
ws.on('close', () => console.log(JSON.stringify(fs.readFileSync(p('f'), 'utf8'))));
process.nextTick(() => console.log('tick'));
