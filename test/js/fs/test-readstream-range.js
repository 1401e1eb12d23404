'use strict';
// start/end (inclusive) and encoding.
require('../../common');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '0123456789');
function read(opts, next) {
  const chunks = [];
  fs.createReadStream(p('f'), opts)
    .on('data', (c) => chunks.push(typeof c === 'string' ? c : c.toString()))
    .on('close', function() {
      console.log(JSON.stringify(opts), JSON.stringify(chunks), this.bytesRead);
      next?.();
    });
}
read({ start: 2, end: 5 }, () =>
  read({ start: 8 }, () =>
    read({ end: 0 }, () =>
      read({ start: 3, end: 3, encoding: 'utf8' }, () =>
        read({ start: 20 }, () =>
          read({ highWaterMark: 3, encoding: 'hex' }))))));
