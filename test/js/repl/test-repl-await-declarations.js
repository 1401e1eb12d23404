'use strict';
// Declarations in an input with top-level await stay defined afterwards.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["const { aa, bb } = await Promise.resolve({ aa: 1, bb: 2 })", "aa + bb", "let z = await Promise.resolve(2); z", "z"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> undefined\n> 3\n> 2\n> 2\n> ");
}));
