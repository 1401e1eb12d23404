'use strict';
// defineCommand adds a command with its help text.
// (Transcript recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const { runRepl } = require('../../fixtures/repl/driver');

const lines = [".hi bob", ".help"];
runRepl(lines, {}, (r) => r.defineCommand('hi', { help: 'Say hi', action(name) { this.output.write(`hi ${name}\n`); this.displayPrompt(); } })).then(common.mustCall((out) => {
  assert.strictEqual(out, "> hi bob\n> .break   Sometimes you get stuck, this gets you out\n.clear   Break, and also clear the local context\n.exit    Exit the REPL\n.help    Print this help message\n.hi      Say hi\n.load    Load JS from a file into the REPL session\n.save    Save all evaluated commands in this REPL session to a file\n\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n> ");
}));
