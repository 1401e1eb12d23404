'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir } = require('./tmp');

const before = process.cwd();
process.chdir(dir);
try {
  fs.writeFileSync('rel.txt', 'relative');
  assert.strictEqual(fs.readFileSync(`${dir}/rel.txt`, 'utf8'), 'relative');
  assert.strictEqual(fs.readFileSync('./rel.txt', 'utf8'), 'relative');
  assert.strictEqual(fs.mkdirSync('r1/r2', { recursive: true }), 'r1');
  assert.deepStrictEqual(fs.readdirSync('.').sort(), ['r1', 'rel.txt']);
  fs.symlinkSync('rel.txt', 'link');
  assert.strictEqual(fs.realpathSync('link'), `${fs.realpathSync(dir)}/rel.txt`);
  assert.throws(() => fs.readFileSync('missing'), {
    code: 'ENOENT', path: 'missing', message: "ENOENT: no such file or directory, open 'missing'",
  });
  const t = fs.mkdtempSync('tmp-');
  assert.ok(t.startsWith('tmp-'));
  assert.strictEqual(fs.statSync(t).isDirectory(), true);
} finally {
  process.chdir(before);
}
