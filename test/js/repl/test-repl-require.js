'use strict';
// require in the REPL resolves from the working directory.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["require(\"path\").basename(\"/x/y.js\")", "typeof require.resolve", "require(\"node:os\") === require(\"os\")"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 'y.js'\n> 'function'\n> true\n> ");
}));
