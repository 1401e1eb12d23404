'use strict';
// pipeline() with a source function, async generator transforms and a
// promise-returning destination whose value reaches the callback.
const common = require('../../common');
const assert = require('assert');
const { pipeline, Writable } = require('stream');

pipeline(
  function* () { yield 1; yield 2; yield 3; },
  async function* (source) { for await (const x of source) yield x * 10; },
  async function (source) {
    let sum = 0;
    for await (const x of source) sum += x;
    return sum;
  },
  common.mustCall((err, value) => {
    assert.ifError(err);
    assert.strictEqual(value, 60);
  }),
);

const got = [];
pipeline(
  async function* () { yield 'a'; yield 'b'; },
  new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } }),
  common.mustSucceed(() => assert.deepStrictEqual(got, ['a', 'b'])),
);

// A generator that throws fails the pipeline.
pipeline(
  async function* () { yield 1; throw new Error('gen'); },
  new Writable({ objectMode: true, write(c, e, cb) { cb(); } }),
  common.mustCall((err) => assert.strictEqual(err.message, 'gen')),
);
