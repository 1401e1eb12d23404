'use strict';
// .exit closes the REPL, which emits exit.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["1", ".exit"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 1\n> ");
}));
