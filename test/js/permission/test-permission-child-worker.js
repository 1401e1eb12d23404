// Flags: --permission --allow-fs-read=*
'use strict';
// Without --allow-child-process and --allow-worker, starting either is ERR_ACCESS_DENIED,
// naming the command that was refused.
require('../../common');
const assert = require('assert');
const cp = require('child_process');
const { Worker } = require('worker_threads');

function denied(permission, resource) {
  const flag = permission === 'ChildProcess' ? '--allow-child-process' : '--allow-worker';
  return {
    name: 'Error',
    code: 'ERR_ACCESS_DENIED',
    permission,
    resource,
    message: `Access to this API has been restricted. Use ${flag} to manage permissions.`,
  };
}

assert.throws(() => cp.spawn('ls', ['-l']), denied('ChildProcess', 'ls'));
assert.throws(() => cp.spawnSync('ls'), denied('ChildProcess', 'ls'));
assert.throws(() => cp.execFileSync('/bin/echo', ['a']), denied('ChildProcess', '/bin/echo'));
assert.throws(() => cp.execSync('true'), denied('ChildProcess', '/bin/sh'));
assert.throws(() => cp.fork(__filename), denied('ChildProcess', process.execPath));
assert.throws(() => new Worker('1', { eval: true }), denied('WorkerThreads', ''));
assert.strictEqual(process.permission.has('child'), false);
assert.strictEqual(process.permission.has('worker'), false);
