'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.mkdirSync(p('src/sub'), { recursive: true });
fs.writeFileSync(p('src/a'), 'A');
fs.writeFileSync(p('src/sub/b'), 'B');
fs.symlinkSync('a', p('src/link'));
fs.cpSync(p('src'), p('dst'), { recursive: true });
assert.strictEqual(fs.readFileSync(p('dst/a'), 'utf8'), 'A');
assert.strictEqual(fs.readFileSync(p('dst/sub/b'), 'utf8'), 'B');
assert.strictEqual(fs.lstatSync(p('dst/link')).isSymbolicLink(), true);
assert.strictEqual(fs.readlinkSync(p('dst/link')), p('src/a'));
fs.cpSync(p('src'), p('verb'), { recursive: true, verbatimSymlinks: true });
assert.strictEqual(fs.readlinkSync(p('verb/link')), 'a');
// a file, into a directory that does not exist yet
fs.cpSync(p('src/a'), p('new/deep/a2'));
assert.strictEqual(fs.readFileSync(p('new/deep/a2'), 'utf8'), 'A');
// force (default) overwrites; force: false leaves the target
fs.writeFileSync(p('src/a'), 'A2');
fs.cpSync(p('src/a'), p('new/deep/a2'));
assert.strictEqual(fs.readFileSync(p('new/deep/a2'), 'utf8'), 'A2');
fs.writeFileSync(p('src/a'), 'A3');
fs.cpSync(p('src/a'), p('new/deep/a2'), { force: false });
assert.strictEqual(fs.readFileSync(p('new/deep/a2'), 'utf8'), 'A2');
// filter sees each path
const seen = [];
fs.cpSync(p('src'), p('filtered'), { recursive: true, filter: (s) => { seen.push(s); return !s.endsWith('/b'); } });
assert.strictEqual(fs.existsSync(p('filtered/a')), true);
assert.strictEqual(fs.existsSync(p('filtered/sub/b')), false);
assert.ok(seen.includes(p('src')));
assert.ok(seen.includes(p('src/sub/b')));
