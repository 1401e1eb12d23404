'use strict';
// Input with a top-level await is run as an await even when it would also compile as a call
// of a function named `await`: `await (f)()` awaits f's promise, as in Node's REPL.
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ['await (async () => 8)()', 'await (Promise.resolve)', 'const v = await (async () => [1, 2])(); v'];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, '> 8\n> [Function: resolve]\n> [ 1, 2 ]\n> ');
}));
