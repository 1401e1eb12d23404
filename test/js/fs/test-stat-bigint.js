'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), 'abc');
fs.utimesSync(p('f'), 1, 2.5);
const s = fs.statSync(p('f'), { bigint: true });
assert.strictEqual(s.constructor.name, 'BigIntStats');
assert.strictEqual(s.size, 3n);
assert.strictEqual(typeof s.ino, 'bigint');
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.isDirectory(), false);
assert.strictEqual(s.atimeMs, 1000n);
assert.strictEqual(s.atimeNs, 1000000000n);
assert.strictEqual(s.mtimeMs, 2500n);
assert.strictEqual(s.mtimeNs, 2500000000n);
assert.deepStrictEqual(Object.keys(s), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize',
  'ino', 'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs',
  'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs']);
assert.strictEqual(s.mtime.getTime(), 2500);
const n = fs.statSync(p('f'));
assert.strictEqual(BigInt(n.ino), s.ino);
const l = fs.lstatSync(p('f'), { bigint: true });
assert.strictEqual(l.size, 3n);
const fd = fs.openSync(p('f'), 'r');
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, 3n);
fs.closeSync(fd);
