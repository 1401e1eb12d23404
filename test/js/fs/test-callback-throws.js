'use strict';
// An exception thrown by an fs callback reaches 'uncaughtException'; later callbacks still run.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'x');
process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from callback');
  fs.readFile(p('f'), 'utf8', common.mustSucceed((s) => assert.strictEqual(s, 'x')));
}));
fs.stat(p('f'), common.mustCall(() => {
  throw new Error('from callback');
}));
