'use strict';
const common = require('../../common');
const assert = require('assert');
const fsp = require('fs/promises');
const { p } = require('./tmp');

(async () => {
  const fh = await fsp.open(p('a'), 'w');
  assert.strictEqual(typeof fh[Symbol.asyncDispose], 'function');
  await fh[Symbol.asyncDispose]();
  assert.strictEqual(fh.fd, -1);
  const fh2 = await fsp.open(p('a'), 'r');
  const fd = fh2.fd;
  await fh2.close();
  assert.strictEqual(typeof fd, 'number');
})().then(common.mustCall());
