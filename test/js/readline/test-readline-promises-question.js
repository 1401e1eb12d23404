'use strict';
// readline/promises: question() resolves with the answer, rejects with an AbortError (cause
// = the signal's reason) when aborted, and with ERR_USE_AFTER_CLOSE once closed.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough } = require('stream');

(async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  const rl = rlp.createInterface({ input, output });
  assert.ok(rl instanceof rlp.Interface);
  assert.strictEqual(rl instanceof readline.Interface, false);

  const pa = rl.question('Q1 ');
  input.write('x1\n');
  assert.strictEqual(await pa, 'x1');
  assert.strictEqual(out, 'Q1 ');

  const ac = new AbortController();
  const pb = rl.question('Q2 ', { signal: ac.signal });
  const reason = new Error('why');
  ac.abort(reason);
  await assert.rejects(pb, (e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert.strictEqual(e.code, 'ABORT_ERR');
    assert.strictEqual(e.cause, reason);
    return true;
  });
  await assert.rejects(rl.question('Q3 ', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  // After a cancelled question, the next one works.
  const pc = rl.question('Q4 ');
  input.write('x4\n');
  assert.strictEqual(await pc, 'x4');

  rl.close();
  await assert.rejects(rl.question('Q5'), { code: 'ERR_USE_AFTER_CLOSE' });
})().then(common.mustCall());
