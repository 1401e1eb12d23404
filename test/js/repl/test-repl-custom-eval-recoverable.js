'use strict';
// A custom eval asks for more input with repl.Recoverable.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const repl = require('repl');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["open", "more", "done"];
runRepl(lines, { eval: (cmd, context, file, cb) => (cmd.includes('done') ? cb(null, cmd.split('\n').length) : cb(new repl.Recoverable(new SyntaxError('x')))) }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> | | 4\n> ");
}));
