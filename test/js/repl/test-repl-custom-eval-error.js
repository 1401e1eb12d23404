'use strict';
// An error passed to the eval callback prints like a thrown one.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = ["x"];
runRepl(lines, { eval: (cmd, context, file, cb) => { const e = new RangeError('nope'); e.stack = 'RangeError: nope'; cb(e); } }).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Uncaught RangeError: nope\n> ");
}));
