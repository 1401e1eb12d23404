'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');

const s = fs.statSync(__filename);
const base = Object.getPrototypeOf(Object.getPrototypeOf(s));
assert.deepStrictEqual(Object.getOwnPropertyNames(base).sort(), ['constructor', 'isBlockDevice',
  'isCharacterDevice', 'isDirectory', 'isFIFO', 'isFile', 'isSocket', 'isSymbolicLink']);
assert.deepStrictEqual(Object.getOwnPropertyNames(fs.Stats.prototype).sort(),
  ['_checkModeProperty', 'atime', 'birthtime', 'constructor', 'ctime', 'mtime']);
assert.strictEqual(Object.getPrototypeOf(s), fs.Stats.prototype);
assert.strictEqual(typeof s.atimeMs, 'number');
assert.strictEqual(s.isFile.call({ mode: fs.constants.S_IFREG, _checkModeProperty: s._checkModeProperty }), true);
const big = fs.statSync(__filename, { bigint: true });
assert.notStrictEqual(Object.getPrototypeOf(big), fs.Stats.prototype);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(big)), base);
