'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => cp.fork(42), { code: 'ERR_INVALID_ARG_TYPE' });
