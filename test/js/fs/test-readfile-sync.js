'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('a.txt'), 'héllo wörld');
assert.strictEqual(fs.readFileSync(p('a.txt'), 'utf8'), 'héllo wörld');
assert.strictEqual(fs.readFileSync(p('a.txt'), { encoding: 'utf-8' }), 'héllo wörld');
const buf = fs.readFileSync(p('a.txt'));
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.length, 13);
assert.strictEqual(buf.toString(), 'héllo wörld');
assert.strictEqual(fs.readFileSync(p('a.txt'), 'hex'), Buffer.from('héllo wörld').toString('hex'));
assert.strictEqual(fs.readFileSync(p('a.txt'), 'base64'), Buffer.from('héllo wörld').toString('base64'));
assert.strictEqual(fs.readFileSync(p('a.txt'), 'latin1'), Buffer.from('héllo wörld').toString('latin1'));
fs.writeFileSync(p('empty'), '');
assert.strictEqual(fs.readFileSync(p('empty')).length, 0);
assert.strictEqual(fs.readFileSync(p('empty'), 'utf8'), '');
