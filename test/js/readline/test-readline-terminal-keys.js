'use strict';
// Terminal mode control keys: ctrl-c emits 'SIGINT' when listened for (closes otherwise),
// ctrl-d on an empty line closes, \r\n counts as one line, escape is ignored.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function make() {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  return { input, rl: readline.createInterface({ input, output, terminal: true }) };
}

{
  const { input, rl } = make();
  rl.on('SIGINT', common.mustCall());
  rl.on('close', common.mustNotCall());
  input.write('x\x03');
  assert.strictEqual(rl.line, 'x');
  rl.removeAllListeners('close');
  rl.close();
}
{
  const { input, rl } = make();
  rl.on('close', common.mustCall());
  input.write('abc\x03');
  assert.strictEqual(rl.closed, true);
}
{
  const { input, rl } = make();
  const closed = common.mustCall();
  rl.on('close', closed);
  input.write('ab\x02\x04');
  assert.strictEqual(rl.line, 'a');
  assert.strictEqual(rl.closed, undefined);
  input.write('\x15\x04');
  assert.strictEqual(rl.closed, true);
}
{
  const { input, rl } = make();
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  input.write('one\r\ntwo\n\x1btthree\r');
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  rl.close();
}
