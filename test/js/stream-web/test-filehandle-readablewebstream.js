'use strict';
// FileHandle.readableWebStream: a byte stream of the file's contents, BYOB-readable.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const consumers = require('stream/consumers');

const file = path.join(os.tmpdir(), `node4j-webstream-${process.pid}.txt`);
const content = 'line\n'.repeat(10000);
fs.writeFileSync(file, content);
(async () => {
  const fh = await fs.promises.open(file);
  const stream = fh.readableWebStream();
  assert.strictEqual(await consumers.text(stream), content);
  await fh.close();

  const fh2 = await fs.promises.open(file);
  const reader = fh2.readableWebStream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5));
  assert.strictEqual(Buffer.from(value).toString(), 'line\n');
  await reader.cancel();
  await fh2.close();
})().then(common.mustCall()).finally(() => fs.unlinkSync(file));
