'use strict';
// An unfinished function asks for more lines with the `| ` prompt, then runs as one input.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["function add(a, b) {", "  return a + b;", "}", "add(1, 2)"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> | | undefined\n> 3\n> ");
}));
