'use strict';
// .break drops a half-typed input; .clear does the same for a global REPL.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["1 +", ".break", "2", "(", ".clear", "3"];
runRepl(lines, { useGlobal: true }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> | > 2\n> | > 3\n> ");
}));
