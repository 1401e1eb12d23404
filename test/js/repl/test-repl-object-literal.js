'use strict';
// Input that looks like an object literal is read as one; a block stays a block.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["{a: 1}", "{ }", "({})", "{ a: 1, b: [1, 2] }", "{ let q = 1; q + 1 }"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> { a: 1 }\n> {}\n> {}\n> { a: 1, b: [ 1, 2 ] }\n> 2\n> ");
}));
