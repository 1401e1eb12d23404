'use strict';
const common = require('../../common');
const assert = require('assert');
const cp = require('child_process');
const ac = new AbortController();
ac.abort();
const child = cp.spawn('sleep', ['30'], { signal: ac.signal, killSignal: 'SIGKILL' });
child.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
