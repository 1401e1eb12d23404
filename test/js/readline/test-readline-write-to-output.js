'use strict';
// Packages mask passwords by replacing rl._writeToOutput; the interface writes through it.
// Without an output nothing is written and nothing fails.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
output.isTTY = true;
let out = '';
output.on('data', (d) => { out += d; });
const rl = readline.createInterface({ input, output, terminal: true });
rl._writeToOutput = function(s) {
  output.write(s.replace(/[a-z]/g, '*'));
};
rl.question('pw: ', common.mustCall((answer) => {
  assert.strictEqual(answer, 'secret');
  assert.ok(!out.includes('secret'));
  assert.ok(out.includes('******'));
  rl.close();
}));
input.write('secret\r');

const quiet = readline.createInterface({ input: new PassThrough(), terminal: true });
quiet.write('abc');
assert.strictEqual(quiet.line, 'abc');
quiet.prompt();
quiet.close();
