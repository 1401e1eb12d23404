'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const child = cp.spawn('printf', ['h\\303\\251llo \\342\\202\\254']);
child.stdout.setEncoding('utf8');
let out = '';
child.stdout.on('data', (d) => { assert.strictEqual(typeof d, 'string'); out += d; });
child.on('close', common.mustCall(() => assert.strictEqual(out, 'h\u00e9llo \u20ac')));
