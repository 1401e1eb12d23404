'use strict';
// _read() pushing synchronously: calls interleave with 'data' as in Node.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
let i = 0;
const r = new Readable({
  highWaterMark: 2,
  read() {
    log.push(`_read${i}`);
    if (i < 4) this.push(String(i++));
    else this.push(null);
  },
});
r.on('data', (d) => log.push(`data${d}`));
r.on('end', common.mustCall(() => {
  log.push('end');
  assert.deepStrictEqual(log, [
    '_read0', '_read1', 'data0', '_read2', 'data1', '_read3', 'data2', '_read4', 'data3', 'end',
  ]);
}));
