'use strict';
// A port with a 'message' listener keeps the process alive until it is closed.
const common = require('../../common');
const assert = require('assert');

const { port1, port2 } = new MessageChannel();
let count = 0;
port2.onmessage = common.mustCall((e) => {
  count++;
  assert.strictEqual(e.data, count);
  // Nothing else keeps the loop alive between these messages.
  if (count < 3) setTimeout(() => port1.postMessage(count + 1), 5);
  else port1.close();
}, 3);
port1.postMessage(1);
