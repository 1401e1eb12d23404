'use strict';
// Thrown non-errors print as "Uncaught <inspected value>".
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["throw 5", "throw null", "throw 'str'", "throw {a: 1}", "throw undefined"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught 5\n> Uncaught null\n> Uncaught 'str'\n> Uncaught { a: 1 }\n> Uncaught undefined\n> ");
}));
