'use strict';
// run() through the JUnit reporter (times, timestamps and host name masked by the runner).
const { run } = require('node:test');
const { junit } = require('node:test/reporters');
const path = require('node:path');
const dir = path.join(__dirname, '..', '..', 'node-test-dir');
run({ files: [path.join(dir, 'nested', 'suite.test.js'), path.join(dir, 'timers.test.js')] }).compose(junit).pipe(process.stdout);
