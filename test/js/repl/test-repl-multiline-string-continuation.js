'use strict';
// A string ending in a backslash continues; one left open is a syntax error.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["'abc\\", "def'", "if (true) {", "  7", "}"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> | 'abcdef'\n> | | 7\n> ");
}));
