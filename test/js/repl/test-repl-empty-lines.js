'use strict';
// An empty line prints nothing; whitespace evaluates to undefined.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["", "   ", "1"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> > undefined\n> 1\n> ");
}));
