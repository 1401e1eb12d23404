'use strict';
// A completer completes the common prefix on tab and lists candidates on a second tab;
// async completers (two arguments) work the same.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const words = ['apple', 'apricot', 'banana'];
function run(completer, done) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  output.columns = 80;
  const rl = readline.createInterface({ input, output, terminal: true, completer });
  input.write('a');
  input.write('\t');
  setTimeout(() => {
    assert.strictEqual(rl.line, 'ap');
    assert.strictEqual(rl.cursor, 2);
    assert.strictEqual(out, 'ap');
    out = '';
    input.write('\t');
    setTimeout(() => {
      assert.strictEqual(rl.line, 'ap');
      assert.strictEqual(out, '\r\napple    apricot\r\n\r\n\x1b[1G\x1b[0J> ap\x1b[5G');
      input.write('r\t');
      setTimeout(() => {
        assert.strictEqual(rl.line, 'apricot');
        rl.close();
        done();
      }, 20);
    }, 20);
  }, 20);
}

run((line) => [words.filter((w) => w.startsWith(line)), line], common.mustCall(() => {
  run((line, cb) => setImmediate(cb, null, [words.filter((w) => w.startsWith(line)), line]),
      common.mustCall());
}));

assert.throws(() => readline.createInterface({ input: new PassThrough(), completer: 5 }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'completer' is invalid. Received 5",
});
