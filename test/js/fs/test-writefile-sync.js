'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { p } = require('./tmp');

fs.writeFileSync(p('s'), 'text ü');
assert.strictEqual(fs.readFileSync(p('s'), 'utf8'), 'text ü');
fs.writeFileSync(p('b'), Buffer.from([0, 1, 2, 255]));
assert.deepStrictEqual([...fs.readFileSync(p('b'))], [0, 1, 2, 255]);
fs.writeFileSync(p('u8'), new Uint8Array([65, 66]));
assert.strictEqual(fs.readFileSync(p('u8'), 'utf8'), 'AB');
fs.writeFileSync(p('u16'), new Uint16Array([0x4241]));
assert.strictEqual(fs.readFileSync(p('u16'), 'utf8'), 'AB');
fs.writeFileSync(p('dv'), new DataView(new Uint8Array([67, 68, 69]).buffer, 1, 2));
assert.strictEqual(fs.readFileSync(p('dv'), 'utf8'), 'DE');
fs.writeFileSync(p('hex'), 'cafe', 'hex');
assert.deepStrictEqual([...fs.readFileSync(p('hex'))], [0xca, 0xfe]);
fs.writeFileSync(p('b64'), 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(p('b64'), 'utf8'), 'hi');
fs.writeFileSync(p('latin'), 'é', 'latin1');
assert.deepStrictEqual([...fs.readFileSync(p('latin'))], [0xe9]);
fs.writeFileSync(p('ucs'), 'hi', 'utf16le');
assert.deepStrictEqual([...fs.readFileSync(p('ucs'))], [104, 0, 105, 0]);
// overwrite truncates
fs.writeFileSync(p('s'), 'x');
assert.strictEqual(fs.readFileSync(p('s'), 'utf8'), 'x');
assert.strictEqual(fs.writeFileSync(p('s'), 'y'), undefined);
