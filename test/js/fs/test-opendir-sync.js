'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const { dir, p } = require('./tmp');

for (const n of ['x', 'y', 'z']) fs.writeFileSync(p(n), '');
fs.mkdirSync(p('d'));
const d = fs.opendirSync(dir);
assert.ok(d instanceof fs.Dir);
assert.strictEqual(d.path, dir);
const names = [];
let e;
while ((e = d.readSync()) !== null) {
  assert.ok(e instanceof fs.Dirent);
  assert.strictEqual(e.parentPath, dir);
  names.push(`${e.name}:${e.isDirectory()}`);
}
assert.deepStrictEqual(names.sort(), ['d:true', 'x:false', 'y:false', 'z:false']);
assert.strictEqual(d.readSync(), null);
d.closeSync();
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED' });
const small = fs.opendirSync(dir, { bufferSize: 1 });
let count = 0;
while (small.readSync() !== null) count++;
assert.strictEqual(count, 4);
small.closeSync();
assert.throws(() => fs.opendirSync(dir, { bufferSize: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.bufferSize" is out of range. It must be >= 1 && <= 4294967295. Received 0',
});
