'use strict';
// The lcov reporter writes coverage reports (test:coverage events). node4j collects no
// coverage (--experimental-test-coverage throws ERR_NODE4J_UNSUPPORTED), so like Node's
// reporter run without coverage it writes nothing.

const { Transform } = require('stream');

class LcovReporter extends Transform {
  constructor(options) {
    super({ __proto__: null, ...options, writableObjectMode: true });
  }

  _transform(event, encoding, callback) {
    callback(null);
  }
}

module.exports = LcovReporter;
