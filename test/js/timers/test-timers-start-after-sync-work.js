'use strict';
// A timer counts from when it was started, even after a long synchronous stretch: the loop's
// cached time is refreshed when a timer starts (Node's GetNow), in main and in callbacks.
const common = require('../../common');
const assert = require('assert');

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

busy(300);
const t1 = Date.now();
setTimeout(common.mustCall(() => {
  assert.ok(Date.now() - t1 >= 95, `fired after ${Date.now() - t1} ms`);
  busy(300);
  const t2 = Date.now();
  setTimeout(common.mustCall(() => {
    assert.ok(Date.now() - t2 >= 95, `fired after ${Date.now() - t2} ms`);
  }), 100);
}), 100);
