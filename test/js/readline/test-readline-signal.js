'use strict';
// The signal option closes the interface on abort; an already aborted signal closes it on
// the next tick; Symbol.dispose closes it.
const common = require('../../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const ac = new AbortController();
const rl = readline.createInterface({ input: new PassThrough(), signal: ac.signal });
rl.on('close', common.mustCall());
ac.abort();
assert.strictEqual(rl.closed, true);

const rl2 = readline.createInterface({ input: new PassThrough(), signal: AbortSignal.abort() });
let sync = true;
rl2.on('close', common.mustCall(() => assert.strictEqual(sync, false)));
sync = false;

const rl3 = readline.createInterface({ input: new PassThrough() });
rl3.on('close', common.mustCall());
rl3[Symbol.dispose]();
assert.strictEqual(rl3.closed, true);
