'use strict';
// .save writes the session's input lines to a file; .load runs a file's lines in the REPL as
// if typed, printing the last result (a function declared there is callable after).
// (Output recorded from Node 24's REPL.)
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { runRepl } = require('../../fixtures/repl/driver');

const dir = fs.mkdtempSync(path.join(common.tmpdir, 'repl-save-'));
const saved = path.join(dir, 'session.js');
const loaded = path.join(dir, 'lib.js');
fs.writeFileSync(loaded, 'function twice(x) {\n  return 2 * x;\n}\nconst base = 20;\n');
const lines = ['let a = 1', 'a + 1', `.save ${saved}`, `.load ${loaded}`, 'twice(base + a)'];
runRepl(lines).then(common.mustCall((out) => {
  const text = fs.readFileSync(saved, 'utf8');
  fs.rmSync(dir, { recursive: true });
  assert.strictEqual(text, 'let a = 1\na + 1');
  assert.strictEqual(out, `> undefined\n> 2\n> Session saved to: ${saved}\n> undefined\n> > 42\n> `);
}));
