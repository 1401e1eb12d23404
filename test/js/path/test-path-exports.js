'use strict';
// The shape of the path module: keys in Node's order, posix/win32 cross links, aliases.
require('../../common');
const assert = require('assert');
const path = require('path');

const keys = ["resolve", "normalize", "isAbsolute", "join", "relative", "toNamespacedPath", "dirname", "basename", "extname", "format", "parse", "matchesGlob", "sep", "delimiter", "win32", "posix", "_makeLong"];
assert.deepStrictEqual(Object.keys(path), keys);
assert.deepStrictEqual(Object.keys(path.posix), keys);
assert.deepStrictEqual(Object.keys(path.win32), keys);
assert.strictEqual(path, process.platform === 'win32' ? path.win32 : path.posix);
assert.strictEqual(require('node:path'), path);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('node:path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path/win32'), path.win32);
for (const p of [path.posix, path.win32]) {
  assert.strictEqual(p.posix, path.posix);
  assert.strictEqual(p.win32, path.win32);
  assert.strictEqual(p._makeLong, p.toNamespacedPath);
}
assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.notStrictEqual(path.posix.format, path.win32.format);

// Names and arities as Node has them; methods have no prototype (they are not constructors).
const shapes = { "resolve": ["resolve", 0], "normalize": ["normalize", 1], "isAbsolute": ["isAbsolute", 1], "join": ["join", 0], "relative": ["relative", 2], "toNamespacedPath": ["toNamespacedPath", 1], "dirname": ["dirname", 1], "basename": ["basename", 2], "extname": ["extname", 1], "format": ["bound _format", 1], "parse": ["parse", 1], "matchesGlob": ["matchesGlob", 2], "_makeLong": ["toNamespacedPath", 1] };
for (const p of [path.posix, path.win32]) {
  for (const [key, [name, length]] of Object.entries(shapes)) {
    assert.strictEqual(p[key].name, name, key);
    assert.strictEqual(p[key].length, length, key);
    assert.strictEqual(p[key].prototype, undefined, key);
  }
  const d = Object.getOwnPropertyDescriptor(p, 'resolve');
  assert.strictEqual(d.writable && d.enumerable && d.configurable, true);
}
assert.strictEqual(Object.isFrozen(path), false);
