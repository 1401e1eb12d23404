'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
cp.exec('echo $0', { shell: '/bin/sh' }, common.mustSucceed((stdout) => assert.strictEqual(stdout, '/bin/sh\n')));
assert.throws(() => cp.exec(42), { code: 'ERR_INVALID_ARG_TYPE' });
