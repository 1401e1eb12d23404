'use strict';
// The writer option formats every result.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["1", "\"s\"", "({})"];
runRepl(lines, { writer: (v) => `<${typeof v}>` }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> <number>\n> <string>\n> <object>\n> ");
}));
