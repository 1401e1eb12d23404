'use strict';
const assert = require('assert');
const m = process.memoryUsage();
assert.deepStrictEqual(Object.keys(m), ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const k of Object.keys(m)) assert.ok(Number.isInteger(m[k]) && m[k] >= 0, k);
assert.ok(m.rss > 0);
assert.ok(Number.isInteger(process.memoryUsage.rss()));
const c = process.cpuUsage();
assert.deepStrictEqual(Object.keys(c), ['user', 'system']);
let x = 0;
for (let i = 0; i < 1e6; i++) x += i;
const d = process.cpuUsage(c);
assert.ok(d.user >= 0 && d.system >= 0);
const r = process.resourceUsage();
assert.deepStrictEqual(Object.keys(r), ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead',
  'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches']);
assert.ok(r.maxRSS > 0);
