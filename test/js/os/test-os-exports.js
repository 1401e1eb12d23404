'use strict';
require('../../common');
const assert = require('assert');
const os = require('os');
assert.deepStrictEqual(Object.keys(os), ['arch', 'availableParallelism', 'cpus', 'endianness', 'freemem',
  'getPriority', 'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority',
  'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull']);
assert.strictEqual(require('node:os'), os);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'EOL'),
  { value: '\n', writable: false, enumerable: true, configurable: true });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'devNull'),
  { value: '/dev/null', writable: false, enumerable: true, configurable: true });
const c = Object.getOwnPropertyDescriptor(os, 'constants');
assert.strictEqual(c.writable, false);
assert.strictEqual(c.configurable, false);
assert.strictEqual(c.enumerable, true);
