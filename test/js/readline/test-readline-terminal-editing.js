'use strict';
// Terminal mode: keys edit the line (insert, cursor moves, backspace, ctrl-a/e/w/k/u, meta-b),
// each redrawing the output with Node's exact escape sequences (recorded from Node 24).
require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
output.columns = 80;
output.isTTY = true;
const rl = readline.createInterface({ input, output, terminal: true });
const lines = [];
rl.on('line', (l) => lines.push(l));
function step(keys, line, cursor, written) {
  input.write(keys);
  assert.strictEqual(rl.line, line, JSON.stringify(keys));
  assert.strictEqual(rl.cursor, cursor, JSON.stringify(keys));
  assert.strictEqual(out, written, JSON.stringify(keys));
  out = '';
}
step('hello', 'hello', 5, 'hello');
step('\x1b[D\x1b[D', 'hello', 3, '\x1b[1D\x1b[1D');
assert.deepStrictEqual(rl.getCursorPos(), { cols: 5, rows: 0 });
step('X', 'helXlo', 4, '\x1b[1G\x1b[0J> helXlo\x1b[7G');
step('\x7f', 'hello', 3, '\x1b[1G\x1b[0J> hello\x1b[6G');
step('\x01', 'hello', 0, '\x1b[3D');
step('\x05', 'hello', 5, '\x1b[5C');
step('\r', '', 0, '\r\n');
assert.deepStrictEqual(lines, ['hello']);
step('foo bar baz', 'foo bar baz', 11, 'foo bar baz');
step('\x17', 'foo bar ', 8, '\x1b[1G\x1b[0J> foo bar \x1b[11G');
step('\x1bb', 'foo bar ', 4, '\x1b[4D');
step('\x0b', 'foo ', 4, '\x1b[1G\x1b[0J> foo \x1b[7G');
step('\x15', '', 0, '\x1b[1G\x1b[0J> \x1b[3G');
step('\x1b[C', '', 0, '');

rl.setPrompt('$ ');
rl.prompt();
assert.strictEqual(out, '\x1b[1G\x1b[0J$ \x1b[3G');
out = '';
rl.write('abc\ndef');
assert.deepStrictEqual(lines, ['hello', 'abc']);
assert.strictEqual(rl.line, 'def');
assert.strictEqual(out, 'abc\r\ndef');
rl.close();
