'use strict';
// A fresh directory for one fs test, under $TMPDIR (or /tmp), removed when the test exits.
const fs = require('fs');

const base = process.env.TMPDIR || '/tmp';
const dir = fs.mkdtempSync(`${base}/node4j-fs-test-`);
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

module.exports = {
  dir,
  p(name) { return `${dir}/${name}`; },
};
