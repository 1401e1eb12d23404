'use strict';
// Await inside loops and after function declarations at the top level.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["async function af() { await 1; return 9 }", "await af()", "var sum = 0", "for (const v of [1, 2]) sum += await v", "sum", "await 1; 2"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> undefined\n> 9\n> undefined\n> undefined\n> 3\n> 2\n> ");
}));
