'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

const old = process.umask(0o022);
try {
  fs.mkdirSync(p('a/b/c'), { recursive: true, mode: 0o750 });
  for (const d of ['a', 'a/b', 'a/b/c']) {
    assert.strictEqual(fs.statSync(p(d)).mode & 0o777, 0o750, d);
  }
  fs.mkdirSync(p('d'), { recursive: true });
  assert.strictEqual(fs.statSync(p('d')).mode & 0o777, 0o755);
} finally {
  process.umask(old);
}
