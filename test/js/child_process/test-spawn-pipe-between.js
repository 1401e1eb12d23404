'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
// One child's output fed into another's input through the parent.
const a = cp.spawn('printf', ['b\\na\\nc\\n']);
const b = cp.spawn('sort');
a.stdout.pipe(b.stdin);
let out = '';
b.stdout.on('data', (d) => { out += d; });
b.on('close', common.mustCall(() => assert.strictEqual(out, 'a\nb\nc\n')));
