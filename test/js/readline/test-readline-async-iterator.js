'use strict';
// for await over an Interface yields each line, ends when the input ends, and keeps lines
// that arrive while the loop body awaits.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

(async () => {
  const rl = readline.createInterface({
    input: Readable.from(['l1\nl2\r\n', 'l3\n\nl5']),
    crlfDelay: Infinity,
  });
  const got = [];
  for await (const line of rl) {
    got.push(line);
    await new Promise((resolve) => setImmediate(resolve));
  }
  assert.deepStrictEqual(got, ['l1', 'l2', 'l3', '', 'l5']);
  assert.strictEqual(rl.closed, true);

  // Lines written after the loop started; break stops iterating.
  const input = new PassThrough();
  const rl2 = readline.createInterface({ input });
  setImmediate(() => input.write('a\nb\nc\n'));
  const seen = [];
  for await (const l of rl2) {
    seen.push(l);
    if (seen.length === 2) break;
  }
  assert.deepStrictEqual(seen, ['a', 'b']);
  rl2.close();
})().then(common.mustCall());
