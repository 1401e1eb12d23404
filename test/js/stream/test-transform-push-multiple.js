'use strict';
// _transform may push several times before calling back.
const common = require('../../common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({
  objectMode: true,
  transform(c, e, cb) {
    this.push(c);
    this.push(c * 10);
    cb();
  },
});
t.end(1);
t.toArray().then(common.mustCall((arr) => assert.deepStrictEqual(arr, [1, 10])));
