'use strict';
// Results are printed with util.inspect, one per line, each followed by a new prompt.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["1 + 1", "\"str\"", "[1, 2].map((x) => x * 2)", "new Map([[1, 2]])", "10n", "-0", "Symbol(\"s\")", "\"a\\nb\""];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 2\n> 'str'\n> [ 2, 4 ]\n> Map(1) { 1 => 2 }\n> 10n\n> -0\n> Symbol(s)\n> 'a\\nb'\n> ");
}));
