'use strict';
// run() through TAP: top-level tests numbered across files, a file without tests numbered by
// its position among the files.
const { run } = require('node:test');
const { tap } = require('node:test/reporters');
const path = require('node:path');
const dir = path.join(__dirname, '..', '..', 'node-test-dir');
run({ files: [path.join(dir, 'timers.test.js'), path.join(dir, 'test', 'empty.js'), path.join(dir, 'mocks.test.js')] })
  .compose(tap).pipe(process.stdout);
