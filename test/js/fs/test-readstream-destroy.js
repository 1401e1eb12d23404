'use strict';
// destroy() before open and after the first chunk: fds are closed, 'close' comes once.
const common = require('../../common');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'x'.repeat(100000));
const a = fs.createReadStream(p('f'));
a.on('open', () => console.log('a open'));
a.on('data', common.mustNotCall());
a.on('close', common.mustCall(() => {
  console.log('a close', a.destroyed);
  second();
}));
a.destroy();

function second() {
const b = fs.createReadStream(p('f'), { highWaterMark: 1000 });
let chunks = 0;
b.on('data', () => {
  chunks++;
  b.destroy();
});
b.on('end', common.mustNotCall());
b.on('close', common.mustCall(() => console.log('b close', chunks, b.bytesRead)));
}
