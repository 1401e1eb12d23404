'use strict';
// An unknown command is reported; a number starting with a dot is not a command.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = [".foo", ".5", ".help me"];
runRepl(lines).then(common.mustCall((out) => {
  assert.strictEqual(out, "> Invalid REPL keyword\n> 0.5\n> .break   Sometimes you get stuck, this gets you out\n.clear   Break, and also clear the local context\n.exit    Exit the REPL\n.help    Print this help message\n.load    Load JS from a file into the REPL session\n.save    Save all evaluated commands in this REPL session to a file\n\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n> ");
}));
