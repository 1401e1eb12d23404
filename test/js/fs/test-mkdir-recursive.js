'use strict';
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

assert.strictEqual(fs.mkdirSync(p('a/b/c'), { recursive: true }), p('a'));
assert.strictEqual(fs.statSync(p('a/b/c')).isDirectory(), true);
assert.strictEqual(fs.mkdirSync(p('a/b/c'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(p('a/b/d/e'), { recursive: true }), p('a/b/d'));
assert.strictEqual(fs.mkdirSync(p('a/b/x/'), { recursive: true }), p('a/b/x/'));
assert.strictEqual(fs.mkdirSync(p('a//y//z'), { recursive: true }), p('a//y/'));
fs.writeFileSync(p('f'), '');
assert.throws(() => fs.mkdirSync(p('f'), { recursive: true }), {
  code: 'EEXIST', message: `EEXIST: file already exists, mkdir '${p('f')}'`,
});
assert.throws(() => fs.mkdirSync(p('f/x/y'), { recursive: true }), {
  code: 'ENOTDIR', message: `ENOTDIR: not a directory, mkdir '${p('f/x/y')}'`,
});
fs.mkdir(p('r/s/t'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, p('r'));
  fs.mkdir(p('r/s/t'), { recursive: true }, common.mustSucceed((again) => {
    assert.strictEqual(again, undefined);
  }));
}));
