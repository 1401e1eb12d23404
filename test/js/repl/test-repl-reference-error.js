'use strict';
// Errors print as "Uncaught <stack>" without the REPL's own frames.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["notDefinedAnywhere", "null.x", "throw new TypeError(\"t\")"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught ReferenceError: notDefinedAnywhere is not defined\n> Uncaught TypeError: Cannot read properties of null (reading 'x')\n> Uncaught TypeError: t\n> ");
}));
