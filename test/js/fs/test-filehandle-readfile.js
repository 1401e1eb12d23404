'use strict';
const common = require('../../common');
const assert = require('assert');
const fsp = require('fs/promises');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a'), 'content');
(async () => {
  const fh = await fsp.open(p('a'));
  assert.strictEqual(await fh.readFile('utf8'), 'content');
  // readFile continues from the current position
  assert.strictEqual(await fh.readFile('utf8'), '');
  await fh.close();
  const fh2 = await fsp.open(p('a'));
  assert.deepStrictEqual(await fsp.readFile(fh2), Buffer.from('content'));
  await fh2.close();
  const w = await fsp.open(p('b'), 'w');
  await w.writeFile('abc');
  await w.appendFile('def');
  await fsp.writeFile(w, 'g');
  await w.close();
  assert.strictEqual(fs.readFileSync(p('b'), 'utf8'), 'abcdefg');
})().then(common.mustCall());
