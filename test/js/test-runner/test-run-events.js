'use strict';
// run()'s event stream: the events a custom reporter sees, with their data.
const { run } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const common = require('../../common');
const file = path.join(__dirname, '..', '..', 'node-test-dir', 'nested', 'suite.test.js');
const seen = [];
run({ files: [file] }).on('data', ({ type, data }) => {
  if (type === 'test:pass' || type === 'test:fail' || type === 'test:start') {
    seen.push(`${type} ${data.nesting} ${data.name} ${data.details?.type ?? ''}`.trim());
    assert.strictEqual(data.file, file);
  }
  if (type === 'test:summary' && data.file === undefined) {
    assert.strictEqual(data.success, true);
    assert.deepStrictEqual(data.counts.tests, 3);
    assert.deepStrictEqual(data.counts.suites, 2);
  }
}).on('end', common.mustCall(() => {
  assert.deepStrictEqual(seen, [
    'test:start 0 math',
    'test:start 1 squares',
    'test:pass 1 squares test',
    'test:start 1 deeper',
    'test:start 2 cubes',
    'test:pass 2 cubes test',
    'test:start 2 roots',
    'test:pass 2 roots test',
    'test:pass 1 deeper suite',
    'test:pass 0 math suite',
  ]);
}));
