'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// With a shell, args are joined onto the command line.
const child = cp.spawn('echo', ['a', '"b c"', '$HOME_NOPE'], { shell: '/bin/sh' });
assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'echo a "b c" $HOME_NOPE']);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'a b c\n')));
