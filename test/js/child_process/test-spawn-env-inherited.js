'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
process.env.NODE4J_CP_TEST = 'inherited';
const child = cp.spawn('sh', ['-c', 'echo $NODE4J_CP_TEST']);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'inherited\n')));
