'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.spawn('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE', message: 'Child process can have only one IPC pipe' });
assert.throws(() => cp.spawnSync('true', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK', message: 'IPC cannot be used with synchronous forks' });
