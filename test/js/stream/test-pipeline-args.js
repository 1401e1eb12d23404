'use strict';
// pipeline() argument checks.
require('../../common');
const assert = require('assert');
const { pipeline, Readable, PassThrough } = require('stream');

assert.throws(() => pipeline(new Readable(), new PassThrough()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /The "streams\[stream\.length - 1\]" property must be of type function/,
});
assert.throws(() => pipeline(new Readable(), () => {}), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});
assert.throws(() => pipeline(() => 5, new PassThrough(), () => {}), {
  code: 'ERR_INVALID_RETURN_VALUE',
});
// An array of streams is accepted.
pipeline([Readable.from(['x']), new PassThrough({ objectMode: true })], (err) => assert.ifError(err))
  .resume();
