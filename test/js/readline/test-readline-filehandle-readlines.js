'use strict';
// fs/promises FileHandle.readLines: every line of the file, \r\n included, through readline.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), `node4j-readlines-${process.pid}.txt`);
fs.writeFileSync(file, 'one\ntwo\r\nthree\n\nfive');
(async () => {
  const fh = await fs.promises.open(file);
  const lines = [];
  for await (const l of fh.readLines()) lines.push(l);
  assert.deepStrictEqual(lines, ['one', 'two', 'three', '', 'five']);
  const fh2 = await fs.promises.open(file);
  const some = [];
  for await (const l of fh2.readLines({ start: 4, end: 8 })) some.push(l);
  assert.deepStrictEqual(some, ['two']);
})().then(common.mustCall()).finally(() => fs.unlinkSync(file));
