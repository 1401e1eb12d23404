'use strict';
// run() through the dot reporter.
const { run } = require('node:test');
const { dot } = require('node:test/reporters');
const path = require('node:path');
const dir = path.join(__dirname, '..', '..', 'node-test-dir');
run({ files: [path.join(dir, 'basic.test.js'), path.join(dir, 'mocks.test.js')] }).compose(dot).pipe(process.stdout);
