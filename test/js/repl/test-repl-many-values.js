'use strict';
// Nested objects print with the REPL writer's options (depth 2, breakLength 80).
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["({ a: { b: { c: { d: 1 } } } })", "Array.from({ length: 30 }, (_, i) => i)", "\"x\".repeat(100)"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> { a: { b: { c: [Object] } } }\n> [\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]\n> 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n> ");
}));
