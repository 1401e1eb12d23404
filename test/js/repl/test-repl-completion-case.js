'use strict';
// Completion matches names whatever their case (Node 24): `fs.rea` offers fs.ReadStream,
// `mat` offers Math; lists sort by code unit (upper case first); dot commands, require ids
// and calls (which the completer does not evaluate) as Node answers them.
const common = require('../../common');
const assert = require('assert');
const repl = require('repl');
const { PassThrough } = require('stream');

const r = repl.start({ input: new PassThrough(), output: new PassThrough(), terminal: false });
const expected = {
  'mat': [['Math'], 'mat'],
  'Mat': [['Math'], 'Mat'],
  'fs.readdir': [['fs.readdir', 'fs.readdirSync'], 'fs.readdir'],
  'fs.READL': [['fs.readlink', 'fs.readlinkSync'], 'fs.READL'],
  'Math.p': [['Math.propertyIsEnumerable', '', 'Math.PI', 'Math.pow'], 'Math.p'],
  'xyz.a': [[], 'xyz.a'],
  '.e': [['exit'], 'e'],
  "require('fs').rea": [[], undefined],
  "require('o": [['os'], 'o'],
};
for (const [line, answer] of Object.entries(expected)) {
  r.completer(line, common.mustSucceed((result) => assert.deepStrictEqual(result, answer, line)));
}
r.close();
