'use strict';
// Event order of a ReadStream over a small file, recorded from Node 24.
require('../../common');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'abcdefghij');
const rs = fs.createReadStream(p('f'), { highWaterMark: 4 });
console.log('pending', rs.pending, 'bytesRead', rs.bytesRead, 'path ok', rs.path === p('f'));
for (const ev of ['open', 'ready', 'end', 'close', 'pause', 'resume']) {
  rs.on(ev, (arg) => console.log(ev, typeof arg === 'number' ? 'fd' : '', rs.bytesRead));
}
rs.on('data', (chunk) => console.log('data', JSON.stringify(chunk.toString()), chunk.length, rs.bytesRead));
process.nextTick(() => console.log('tick'));
