'use strict';
// Frames of functions defined in earlier inputs stay, named REPL<n>.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["function f() { throw new Error(\"x\"); }", "f()", "function g() { f(); }", "g()"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> undefined\n> Uncaught Error: x\n    at f (REPL1:1:22)\n> undefined\n> Uncaught Error: x\n    at f (REPL1:1:22)\n    at g (REPL3:1:16)\n> ");
}));
