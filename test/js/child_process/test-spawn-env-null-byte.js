'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
assert.throws(() => cp.spawn('echo', [], { env: { A: 'x\u0000y' } }), { code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError' });
assert.throws(() => cp.spawn('echo', ['a\u0000b']), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawn('ec\u0000ho'), { code: 'ERR_INVALID_ARG_VALUE' });
