'use strict';
// A \r\n split between two chunks is one line ending when the \n arrives within crlfDelay;
// crlfDelay is at least 100 ms.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 5 }).crlfDelay, 100);
assert.strictEqual(readline.createInterface({ input: new PassThrough() }).crlfDelay, 100);
assert.strictEqual(readline.createInterface({ input: new PassThrough(), crlfDelay: 250 }).crlfDelay, 250);

const input = new PassThrough();
const rl = readline.createInterface({ input, crlfDelay: Infinity });
const lines = [];
rl.on('line', (l) => lines.push(l));
rl.on('close', common.mustCall(() => assert.deepStrictEqual(lines, ['a', 'b', 'cd'])));
input.write('a\r');
input.write('\nb\r\nc');
setImmediate(() => input.end('d\n'));
