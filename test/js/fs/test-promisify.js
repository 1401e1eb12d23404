'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { promisify } = require('util');
const { p } = require('./tmp');

(async () => {
  await promisify(fs.writeFile)(p('f'), 'pz');
  assert.strictEqual(await promisify(fs.readFile)(p('f'), 'utf8'), 'pz');
  const s = await promisify(fs.stat)(p('f'));
  assert.strictEqual(s.size, 2);
  await assert.rejects(promisify(fs.stat)(p('nope')), { code: 'ENOENT' });
  const fd = await promisify(fs.open)(p('f'), 'r');
  await promisify(fs.close)(fd);
  assert.deepStrictEqual(await promisify(fs.readdir)(require('./tmp').dir), ['f']);
})().then(common.mustCall());
