'use strict';
// A custom eval function gets the input and its callback; its result goes through the writer.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["hello", "world"];
runRepl(lines, { eval: (cmd, context, file, cb) => cb(null, cmd.trim().toUpperCase()) }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 'HELLO'\n> 'WORLD'\n> ");
}));
