'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('sh', ['-c', 'echo "$FOO|$BAR|${HOME-unset}"'], { env: { FOO: 'foo', BAR: 42, PATH: process.env.PATH } });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'foo|42|unset\n')));
