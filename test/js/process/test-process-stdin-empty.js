'use strict';
// process.stdin is a Readable on fd 0; an empty stdin ends without data, and the process
// then exits by itself.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

assert.ok(process.stdin instanceof Readable);
assert.strictEqual(process.stdin.fd, 0);
assert.strictEqual(process.stdin, process.stdin);
process.stdin.on('data', common.mustNotCall());
process.stdin.on('end', common.mustCall());
