'use strict';
// A SyntaxError thrown while running (not compiling) is an ordinary uncaught error.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["throw new SyntaxError(\"custom\")", "function p() { throw new SyntaxError(\"deep\"); }", "p()"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught SyntaxError: custom\n> undefined\n> Uncaught SyntaxError: deep\n> ");
}));
