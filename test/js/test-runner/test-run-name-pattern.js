'use strict';
// run() with testNamePatterns and testSkipPatterns: what matches, with its suites.
const { run } = require('node:test');
const { spec } = require('node:test/reporters');
const path = require('node:path');
const dir = path.join(__dirname, '..', '..', 'node-test-dir');
const files = [path.join(dir, 'nested', 'suite.test.js'), path.join(dir, 'basic.test.js')];
const first = run({ files, testNamePatterns: [/cube/, 'adds'] });
first.pipe(new spec()).pipe(process.stdout);
first.on('end', () => {
  run({ files, testSkipPatterns: ['fails', /square/] }).pipe(new spec()).pipe(process.stdout);
});
