'use strict';
const common = require('../../common');
const assert = require('assert');
const fsp = require('fs/promises');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('src'), 'stream me');
(async () => {
  const fh = await fsp.open(p('src'));
  const rs = fh.createReadStream({ encoding: 'utf8' });
  let data = '';
  for await (const chunk of rs) data += chunk;
  assert.strictEqual(data, 'stream me');
  assert.strictEqual(fh.fd, -1);
  const wh = await fsp.open(p('dst'), 'w');
  const ws = wh.createWriteStream();
  await new Promise((resolve, reject) => {
    ws.on('error', reject);
    ws.on('close', resolve);
    ws.end('written');
  });
  assert.strictEqual(fs.readFileSync(p('dst'), 'utf8'), 'written');
})().then(common.mustCall());
