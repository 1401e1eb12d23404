'use strict';
// A BroadcastChannel reaches channels of the same name in other threads, not its own sender.
const common = require('../../common');
const assert = require('assert');
const { Worker, BroadcastChannel } = require('worker_threads');

const name = `bc-${process.pid}-${Math.random()}`;
const main = new BroadcastChannel(name);
const other = new BroadcastChannel(`${name}-other`);
other.onmessage = common.mustNotCall();
const got = [];
main.onmessage = common.mustCall((e) => {
  got.push(e.data);
  if (e.data === 'ready') main.postMessage({ ping: 1 });
  else {
    assert.deepStrictEqual(got, ['ready', { pong: 1 }]);
    main.close();
    other.close();
  }
}, 2);
const w = new Worker(`
  const { BroadcastChannel, workerData } = require('worker_threads');
  const bc = new BroadcastChannel(workerData);
  bc.onmessage = (e) => { bc.postMessage({ pong: e.data.ping }); bc.close(); };
  bc.postMessage('ready');
`, { eval: true, workerData: name });
w.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
