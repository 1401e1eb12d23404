// Flags: --permission --allow-fs-read=test/ --allow-fs-write=/tmp/node4j-permission-test --allow-fs-write=test/js/permission --allow-child-process
'use strict';
// process.permission.has answers per scope and path; drop gives a grant up for good.
const common = require('../../common');
const assert = require('assert');
const path = require('path');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'SecurityWarning');
  assert.strictEqual(w.code, 'PERM0002');
  assert.strictEqual(w.message,
    'The flag --allow-child-process must be used with extreme caution. It could invalidate the permission model.');
}));

const { permission } = process;
assert.deepStrictEqual(Object.keys(permission), ['has', 'drop']);
const desc = Object.getOwnPropertyDescriptor(process, 'permission');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, false);

assert.strictEqual(permission.has('fs.read'), false); // not everything
assert.strictEqual(permission.has('fs.read', __filename), true);
assert.strictEqual(permission.has('fs.read', 'test/js/permission'), true); // relative to cwd
assert.strictEqual(permission.has('fs.write', '/tmp/node4j-permission-test'), true);
// a grant names a directory only if one exists when the process starts
assert.strictEqual(permission.has('fs.read', '/etc/passwd'), false);
assert.strictEqual(permission.has('fs.write', '/tmp/node4j-permission-test/a/b'), false);
assert.strictEqual(permission.has('fs.write', '/tmp/node4j-permission-testX'), false);
assert.strictEqual(permission.has('fs', '/tmp/node4j-permission-test'), false);
assert.strictEqual(permission.has('child'), true);
assert.strictEqual(permission.has('worker'), false);
assert.strictEqual(permission.has('net'), false); // not a scope in Node 24
assert.strictEqual(permission.has('nonsense'), false);
assert.throws(() => permission.has(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => permission.has('fs.read', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "reference" argument must be of type string. Received type number (5)',
});

// a path inside a granted directory cannot be dropped on its own; the grant itself can
const dir = path.resolve('test/js/permission');
assert.strictEqual(permission.has('fs.write', path.join(dir, 'a', 'b')), true);
permission.drop('fs.write', path.join(dir, 'a'));
assert.strictEqual(permission.has('fs.write', path.join(dir, 'a')), true);
permission.drop('fs.write', dir);
assert.strictEqual(permission.has('fs.write', path.join(dir, 'a')), false);
permission.drop('fs.write', '/tmp/node4j-permission-test');
assert.strictEqual(permission.has('fs.write', '/tmp/node4j-permission-test'), false);
permission.drop('child');
assert.strictEqual(permission.has('child'), false);
permission.drop('nonsense');
permission.drop('fs.read');
assert.strictEqual(permission.has('fs.read', path.resolve(__filename)), false);
