'use strict';
// rl.question writes the query, hands the next line to the callback (not to 'line'), and
// restores the prompt; an aborted signal cancels it; util.promisify works; question after
// close throws ERR_USE_AFTER_CLOSE.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const util = require('util');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const rl = readline.createInterface({ input, output });
rl.on('line', common.mustCall((l) => assert.strictEqual(l, 'zzz')));

rl.question('name? ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'bob');
  assert.strictEqual(out, 'name? ');
  assert.strictEqual(rl.getPrompt(), '> ');
}));
input.write('bob\n');

const ac = new AbortController();
rl.question('again? ', { signal: ac.signal }, common.mustNotCall());
ac.abort();
input.write('zzz\n');
rl.question('never? ', { signal: AbortSignal.abort() }, common.mustNotCall());

const question = util.promisify(rl.question);
const p = question.call(rl, 'p? ');
input.write('pp\n');
p.then(common.mustCall((answer) => {
  assert.strictEqual(answer, 'pp');
  rl.close();
  assert.throws(() => rl.question('x', common.mustNotCall()), {
    code: 'ERR_USE_AFTER_CLOSE',
    message: 'readline was closed',
  });
  assert.throws(() => rl.write('x'), { code: 'ERR_USE_AFTER_CLOSE' });
}));
