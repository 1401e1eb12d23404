'use strict';
// An unref()'d worker does not keep the parent alive; ref() would.
const common = require('../../common');
const { Worker } = require('worker_threads');

const w = new Worker('setInterval(() => {}, 1000);', { eval: true });
w.unref();
w.on('exit', common.mustNotCall());
// Reaching the end of this file with nothing else alive ends the process (or the runner times out).
