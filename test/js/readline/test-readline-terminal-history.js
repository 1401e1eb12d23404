'use strict';
// Terminal mode history: lines go to the front of rl.history ('history' event), up/down walk
// it, historySize bounds it, removeHistoryDuplicates drops older copies.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

function make(options) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.resume();
  return { input, rl: readline.createInterface({ input, output, terminal: true, ...options }) };
}

{
  const { input, rl } = make();
  const histories = [];
  rl.on('history', (h) => histories.push([...h]));
  input.write('hello\r');
  input.write('second\r');
  input.write('   \r');
  assert.deepStrictEqual(histories, [['hello'], ['second', 'hello']]);
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'second');
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'hello');
  assert.strictEqual(rl.historyIndex, 1);
  // Past the oldest entry: back to what was typed (nothing).
  input.write('\x1b[A');
  assert.strictEqual(rl.line, '');
  input.write('\x1b[B');
  assert.strictEqual(rl.line, 'hello');
  input.write('\x1b[B');
  assert.strictEqual(rl.line, 'second');
  input.write('\x1b[B');
  assert.strictEqual(rl.line, '');
  // ctrl-p / ctrl-n are up / down.
  input.write('\x10');
  assert.strictEqual(rl.line, 'second');
  input.write('\x0e');
  assert.strictEqual(rl.line, '');
  // Typed text is a prefix filter for the walk.
  input.write('h');
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'hello');
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'h');
  input.write('\x1b[B');
  assert.strictEqual(rl.line, 'hello');
  input.write('\x1b[B');
  assert.strictEqual(rl.line, 'h');
  rl.close();
}

{
  const { input, rl } = make({ historySize: 2, removeHistoryDuplicates: true });
  for (const l of ['a', 'b', 'a', 'c']) input.write(`${l}\r`);
  assert.deepStrictEqual(rl.history, ['c', 'a']);
  rl.close();
}

{
  const { input, rl } = make({ historySize: 0 });
  rl.on('history', common.mustNotCall());
  input.write('a\r');
  assert.deepStrictEqual(rl.history, []);
  rl.close();
}

{
  const { rl } = make({ history: ['old2', 'old1'] });
  assert.deepStrictEqual(rl.history, ['old2', 'old1']);
  rl.close();
}
