'use strict';
// Builtin modules are globals in the REPL, loaded on first use.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["typeof fs.readFileSync", "path.join(\"a\", \"b\")", "util.inspect({ a: 1 })"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 'function'\n> 'a/b'\n> '{ a: 1 }'\n> ");
}));
