'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.mkdirSync(p('d'));
assert.strictEqual(fs.statSync(p('d')).nlink, 2);
fs.mkdirSync(p('d/sub'));
assert.strictEqual(fs.statSync(p('d')).nlink, 3);
fs.writeFileSync(p('f'), 'xyz');
const s = fs.statSync(p('f'));
assert.strictEqual(s.blocks >= 0, true);
assert.strictEqual(s.rdev, 0);
assert.strictEqual(fs.statSync(p('f'), { bigint: true }).dev, BigInt(s.dev));
