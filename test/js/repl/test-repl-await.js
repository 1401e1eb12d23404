'use strict';
// Top-level await: the REPL waits for the promise and prints its value.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["await Promise.resolve(7)", "await new Promise((r) => setTimeout(() => r({ x: 42 }), 10))", "_"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> 7\n> { x: 42 }\n> { x: 42 }\n> ");
}));
