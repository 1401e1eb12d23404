'use strict';
// run() on a file that throws before declaring tests, and on one that exits with a code.
const { run } = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const common = require('../../common');
const fixtures = path.join(__dirname, 'fixtures');
const results = [];
run({ files: [path.join(fixtures, 'throws-at-load.js'), path.join(fixtures, 'exits-2.js')] })
  .on('data', ({ type, data }) => {
    if (type === 'test:fail' || type === 'test:pass') {
      results.push([type, data.name, data.details.error?.failureType, data.details.error?.message, data.details.error?.exitCode]);
    }
  })
  .on('end', common.mustCall(() => {
    assert.deepStrictEqual(results, [
      ['test:fail', path.join(fixtures, 'throws-at-load.js'), 'testCodeFailure', 'test failed', 1],
      ['test:fail', path.join(fixtures, 'exits-2.js'), 'testCodeFailure', 'test failed', 2],
    ]);
  }));
