'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { dir, p } = require('./tmp');

fs.mkdirSync(p('d'));
fs.writeFileSync(p('d/x'), '');
fs.writeFileSync(p('y'), '');
(async () => {
  const ents = await fsp.readdir(dir, { withFileTypes: true });
  assert.deepStrictEqual(ents.map((e) => `${e.name}:${e.isDirectory()}`).sort(), ['d:true', 'y:false']);
  assert.deepStrictEqual((await fsp.readdir(dir, { recursive: true })).sort(), ['d', 'd/x', 'y']);
  assert.deepStrictEqual((await fsp.readdir(dir, 'buffer')).map(String).sort(), ['d', 'y']);
})().then(common.mustCall());
