'use strict';
// An error on the input stream is re-emitted by the interface, and rejects for-await.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input });
rl.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'boom')));
input.destroy(new Error('boom'));

const input2 = new PassThrough();
const rl2 = readline.createInterface({ input: input2 });
(async () => {
  const seen = [];
  await assert.rejects(async () => {
    for await (const l of rl2) {
      seen.push(l);
      input2.destroy(new Error('bang'));
    }
  }, { message: 'bang' });
  assert.deepStrictEqual(seen, ['first']);
})().then(common.mustCall());
setImmediate(() => input2.write('first\n'));
