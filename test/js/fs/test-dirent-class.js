'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

fs.writeFileSync(p('f'), '');
const [e] = fs.readdirSync(dir, { withFileTypes: true });
assert.strictEqual(Object.getPrototypeOf(e), fs.Dirent.prototype);
assert.deepStrictEqual(Object.getOwnPropertyNames(fs.Dirent.prototype).sort(), ['constructor',
  'isBlockDevice', 'isCharacterDevice', 'isDirectory', 'isFIFO', 'isFile', 'isSocket', 'isSymbolicLink']);
const syms = Object.getOwnPropertySymbols(e);
assert.strictEqual(syms.length, 1);
assert.strictEqual(syms[0].toString(), 'Symbol(type)');
assert.strictEqual(e[syms[0]], fs.constants.UV_DIRENT_FILE);
assert.strictEqual(e.path, undefined);
const b = fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
assert.ok(Buffer.isBuffer(b[0].name));
