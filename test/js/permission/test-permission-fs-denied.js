// Flags: --permission --allow-fs-read=test --allow-fs-write=/tmp/node4j-permission-test/
'use strict';
// Reads and writes outside the granted paths fail with ERR_ACCESS_DENIED, on every road:
// sync, callback, promise, streams and require.
const common = require('../../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');

function denied(permission, resource) {
  return (err) => {
    assert.strictEqual(err.code, 'ERR_ACCESS_DENIED');
    assert.strictEqual(err.permission, permission);
    assert.strictEqual(err.resource, resource);
    const flag = permission === 'FileSystemRead' ? '--allow-fs-read' : '--allow-fs-write';
    assert.strictEqual(err.message,
      `Access to this API has been restricted. Use ${flag} to manage permissions.`);
    assert.strictEqual(err.name, 'Error');
    assert.deepStrictEqual(Object.keys(err), ['code', 'permission', 'resource']);
    return true;
  };
}

const outside = '/etc/hostname';
assert.throws(() => fs.readFileSync(outside), denied('FileSystemRead', outside));
assert.throws(() => fs.statSync(outside), denied('FileSystemRead', outside));
assert.throws(() => fs.openSync(outside, 'r'), denied('FileSystemRead', outside));
assert.throws(() => fs.readdirSync('/etc'), denied('FileSystemRead', '/etc'));
assert.throws(() => require('/etc/hostname'), denied('FileSystemRead', '/etc/hostname'));
fs.readFile(outside, common.mustCall((err) => assert(denied('FileSystemRead', outside)(err))));
assert.rejects(fs.promises.readFile(outside), denied('FileSystemRead', outside)).then(common.mustCall());

// inside the granted directory everything works
const self = path.resolve(__filename);
assert.ok(fs.readFileSync(__filename, 'utf8').includes('ERR_ACCESS_DENIED'));
assert.ok(fs.statSync(path.dirname(self)).isDirectory());

// writing needs the write grant, even where reading is allowed
const mine = path.join(path.dirname(self), 'never-written.txt');
assert.throws(() => fs.writeFileSync(mine, 'x'), denied('FileSystemWrite', mine));
assert.throws(() => fs.openSync(__filename, 'r+'), denied('FileSystemWrite', self));
assert.throws(() => fs.mkdirSync('/tmp/node4j-permission-elsewhere'),
  denied('FileSystemWrite', '/tmp/node4j-permission-elsewhere'));
assert.throws(() => fs.unlinkSync(mine), denied('FileSystemWrite', mine));
assert.throws(() => fs.renameSync(mine, mine + '2'), denied('FileSystemWrite', mine));
