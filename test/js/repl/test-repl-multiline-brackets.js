'use strict';
// Open brackets, templates and comments continue on the next line.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["x = ({", "b: 2", "})", "`multi", "line`", "/* c", "d */ 5", "[1,", "2]"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> | | { b: 2 }\n> | 'multi\\nline'\n> | 5\n> | [ 1, 2 ]\n> ");
}));
