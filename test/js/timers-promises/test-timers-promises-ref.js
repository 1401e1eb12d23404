'use strict';
// An unref'd timer promise does not keep the process alive: it never settles here.
const common = require('../../common');
const tp = require('timers/promises');

tp.setTimeout(100000, 'never', { ref: false }).then(common.mustNotCall());
tp.setImmediate('never', { ref: false }).then(common.mustNotCall());
(async () => {
  // eslint-disable-next-line no-unused-vars
  for await (const v of tp.setInterval(100000, 1, { ref: false })) common.mustNotCall()();
})();
