'use strict';
// Multi-byte characters split across chunks decode whole; many lines through small chunks
// come out complete and in order.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { Readable } = require('stream');

const expected = [];
for (let i = 0; i < 2000; i++) expected.push(`${i} héllo wörld € 😀 ${'x'.repeat(i % 50)}`);
const bytes = Buffer.from(expected.join('\n') + '\n');
const chunks = [];
for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));

const rl = readline.createInterface({ input: Readable.from(chunks) });
const got = [];
rl.on('line', (l) => got.push(l));
rl.on('close', common.mustCall(() => assert.deepStrictEqual(got, expected)));
