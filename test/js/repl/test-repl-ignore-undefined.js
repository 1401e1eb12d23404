'use strict';
// ignoreUndefined leaves undefined results unprinted.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["undefined", "void 0", "1"];
runRepl(lines, { ignoreUndefined: true }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> > > 1\n> ");
}));
