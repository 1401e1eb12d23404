'use strict';
// `_` holds the last result until the user assigns it, which the REPL announces once.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["4", "_ + 1", "_", "_ = 3", "_", "10", "_"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 4\n> 5\n> 5\n> Expression assignment to _ now disabled.\n3\n> 3\n> 10\n> 3\n> ");
}));
