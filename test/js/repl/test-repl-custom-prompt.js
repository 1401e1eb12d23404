'use strict';
// The prompt option replaces "> ".
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["1", "2 +", "3"];
runRepl(lines, { prompt: '$ ' }).then(common.mustCall((out) => {
  assert.strictEqual(out, "$ 1\n$ | 5\n$ ");
}));
