'use strict';
// let, const, var, functions and classes outlive the input that declared them.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["let z1 = 5", "const z2 = z1 * 2", "z1 + z2", "var v = 1", "v", "function named() {}", "named", "class K {}", "K"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> undefined\n> undefined\n> 15\n> undefined\n> 1\n> undefined\n> [Function: named]\n> undefined\n> [class K]\n> ");
}));
