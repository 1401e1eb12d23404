'use strict';
// `_error` holds the last uncaught error; assigning it turns that off.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["throw new Error(\"boom\")", "_error.message", "_error = 1", "throw new Error(\"again\")", "_error"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught Error: boom\n> 'boom'\n> Expression assignment to _error now disabled.\n1\n> Uncaught Error: again\n> 1\n> ");
}));
