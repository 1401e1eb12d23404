'use strict';
// 'readable' fires once per batch of pushes and once more at the end.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
r.on('readable', () => {
  log.push(`readable:${r.readableLength}`);
  let chunk;
  while ((chunk = r.read()) !== null) log.push(`read:${chunk}`);
});
r.on('end', () => log.push('end'));
r.on('close', common.mustCall(() => {
  log.push('close');
  assert.deepStrictEqual(log, [
    'readable:3', 'read:abc', 'readable:1', 'read:d', 'readable:0', 'end', 'close',
  ]);
}));
assert.strictEqual(r.readableFlowing, false);
r.push('abc');
setTimeout(() => {
  r.push('d');
  r.push(null);
}, 1);
