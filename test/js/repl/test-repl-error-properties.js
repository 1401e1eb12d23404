'use strict';
// An error with own properties prints inspected, brackets around the header dropped.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["const e = new Error(\"p\"); e.code = \"E1\"; throw e"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught [Error: p] { code: 'E1' }\n> ");
}));
