'use strict';
// await inside an async function needs no rewriting: its value is the promise.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["const later = async () => await 3", "typeof later()", "await later()"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> undefined\n> 'object'\n> 3\n> ");
}));
