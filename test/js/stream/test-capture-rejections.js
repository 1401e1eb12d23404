'use strict';
// captureRejections: a rejected async listener destroys the stream.
const common = require('../../common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ captureRejections: true, read() {} });
r.on('data', async () => { throw new Error('async listener'); });
r.on('error', common.mustCall((e) => assert.strictEqual(e.message, 'async listener')));
r.on('close', common.mustCall(() => assert.strictEqual(r.destroyed, true)));
r.push('x');
