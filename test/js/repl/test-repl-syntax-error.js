'use strict';
// A syntax error that more input cannot fix shows the line, a caret and V8's message.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["a b", "1", ")"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> a b\n  ^\n\nUncaught SyntaxError: Unexpected identifier 'b'\n> 1\n> )\n^\n\nUncaught SyntaxError: Unexpected token ')'\n> ");
}));
