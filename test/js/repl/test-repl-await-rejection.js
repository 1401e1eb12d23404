'use strict';
// A rejected top-level await prints as an uncaught value.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["await Promise.reject(5)", "1"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught 5\n> 1\n> ");
}));
