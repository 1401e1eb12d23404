'use strict';
// kill() with each common signal by name and by number: the child dies of it (signalCode is
// its name), kill() answers true while the child runs and false once it is gone.
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const os = require('os');

const signals = ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2', 'SIGALRM', 'SIGTERM', 'SIGKILL'];
for (const name of signals) {
  for (const how of [name, os.constants.signals[name]]) {
    const child = cp.spawn('sleep', ['30']);
    child.on('spawn', common.mustCall(() => assert.strictEqual(child.kill(how), true)));
    child.on('exit', common.mustCall((code, signal) => {
      assert.strictEqual(code, null);
      assert.strictEqual(signal, name);
      assert.strictEqual(child.signalCode, name);
      assert.strictEqual(child.killed, true);
      assert.strictEqual(child.kill(how), false);
    }));
  }
}
