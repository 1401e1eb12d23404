'use strict';
// Plain (non-terminal) mode splits input on \n, \r\n and a lone \r, keeps a partial last
// line until more data or the end, emits that last line at 'end', then 'pause' and 'close'.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
assert.strictEqual(rl.terminal, false);
assert.strictEqual(rl.line, '');
assert.strictEqual(rl.crlfDelay, Infinity);
assert.strictEqual(rl.historySize, 30);
assert.strictEqual(rl.getPrompt(), '> ');

const events = [];
rl.on('line', (line) => events.push(`line:${line}`));
rl.on('pause', () => events.push('pause'));
rl.on('close', common.mustCall(() => {
  events.push('close');
  assert.deepStrictEqual(events, [
    'line:a', 'line:b', 'line:c', 'line:', 'line:d', 'line:e', 'line:fg', 'line:h',
    'pause', 'close',
  ]);
  assert.strictEqual(rl.closed, true);
}));

input.write('a\nb\r\nc\r\rd\r');
input.write('\ne\n');
input.write('f');
input.write('g\nh');
input.end();
