'use strict';
// run() with explicit files through the TAP reporter.
const { run } = require('node:test');
const { tap } = require('node:test/reporters');
const path = require('node:path');
const dir = path.join(__dirname, '..', '..', 'node-test-dir');
run({ files: [path.join(dir, 'nested', 'suite.test.js'), path.join(dir, 'basic.test.js')] })
  .compose(tap).pipe(process.stdout);
