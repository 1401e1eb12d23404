'use strict';
require('../../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());
const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').map((l) => l.split(':'))
  .find((f) => f[2] === String(info.uid));
assert.strictEqual(info.username, line[0]);
assert.strictEqual(info.homedir, line[5]);
assert.strictEqual(info.shell, line[6]);
assert.deepStrictEqual({ ...os.userInfo(1) }, { ...info });
assert.deepStrictEqual({ ...os.userInfo({ encoding: 'utf8' }) }, { ...info });
assert.strictEqual(os.homedir(), process.env.HOME);
