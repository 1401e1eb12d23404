'use strict';
// write() returns false past highWaterMark; 'drain' follows once the queue is written.
require('../../common');
const fs = require('fs');
const { p } = require('./tmp');

const ws = fs.createWriteStream(p('f'), { highWaterMark: 10 });
console.log('w1', ws.write('12345'));
console.log('w2', ws.write('67890'));
console.log('w3', ws.write('x'));
console.log('needDrain', ws.writableNeedDrain, 'length', ws.writableLength);
ws.on('drain', () => {
  console.log('drain', ws.writableLength, ws.bytesWritten);
  ws.end();
});
ws.on('finish', () => console.log('finish', ws.bytesWritten));
ws.on('close', () => console.log('close', fs.readFileSync(p('f'), 'utf8')));
