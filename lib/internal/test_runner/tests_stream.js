'use strict';
// The stream of test events a reporter reads ({ type, data } objects, Node's event names).

const { Readable } = require('stream');

class TestsStream extends Readable {
  constructor() {
    super({ __proto__: null, objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER });
  }

  _read() {}

  pushEvent(event) {
    if (!this.readableEnded && !this.destroyed) this.push(event);
  }

  endEvents() {
    if (!this.destroyed) this.push(null);
  }
}

module.exports = { TestsStream };
