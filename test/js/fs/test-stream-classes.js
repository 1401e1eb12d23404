'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { Readable, Writable } = require('stream');
const { p } = require('./tmp');

fs.writeFileSync(p('f'), '');
const rs = fs.createReadStream(p('f'));
assert.ok(rs instanceof fs.ReadStream);
assert.ok(rs instanceof Readable);
const ws = fs.createWriteStream(p('g'));
assert.ok(ws instanceof fs.WriteStream);
assert.ok(ws instanceof Writable);
// callable without new, as in Node
const rs2 = fs.ReadStream(p('f'));
assert.ok(rs2 instanceof fs.ReadStream);
assert.strictEqual(rs.path, p('f'));
assert.strictEqual(rs.flags, 'r');
assert.strictEqual(rs.mode, 0o666);
assert.strictEqual(rs.autoClose, true);
assert.strictEqual(ws.flags, 'w');
assert.strictEqual(fs.FileReadStream, fs.ReadStream);
assert.strictEqual(fs.FileWriteStream, fs.WriteStream);
rs.destroy();
rs2.destroy();
ws.destroy();
