'use strict';
// setEnvironmentData() values are cloned into workers started afterwards.
const common = require('../../common');
const assert = require('assert');
const { Worker, setEnvironmentData, getEnvironmentData } = require('worker_threads');

setEnvironmentData('config', { level: 3, tags: ['a'] });
setEnvironmentData('gone', 1);
setEnvironmentData('gone', undefined);
assert.deepStrictEqual(getEnvironmentData('config'), { level: 3, tags: ['a'] });
assert.strictEqual(getEnvironmentData('gone'), undefined);
const w = new Worker(`
  const { getEnvironmentData, parentPort } = require('worker_threads');
  parentPort.postMessage([getEnvironmentData('config'), getEnvironmentData('gone')]);
`, { eval: true });
w.on('message', common.mustCall((m) => assert.deepStrictEqual(m, [{ level: 3, tags: ['a'] }, undefined])));
