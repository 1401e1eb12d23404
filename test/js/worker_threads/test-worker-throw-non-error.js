'use strict';
// A thrown non-error value reaches the parent's 'error' listener as that value.
const common = require('../../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('throw { code: 42, list: [1] };', { eval: true });
w.on('error', common.mustCall((v) => assert.deepStrictEqual(v, { code: 42, list: [1] })));
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
