'use strict';
// REPL_MODE_STRICT evaluates every input in strict mode.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const repl = require('repl');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["undeclaredInStrict = 1", "typeof this"];
runRepl(lines, { replMode: repl.REPL_MODE_STRICT }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught ReferenceError: undeclaredInStrict is not defined\n> 'object'\n> ");
}));
