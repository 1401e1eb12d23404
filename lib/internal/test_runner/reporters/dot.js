'use strict';
// The dot reporter: one character per test (. passed, X failed), then the failures.

const { colorsFor, formatTestReport } = require('internal/test_runner/reporters/utils');

module.exports = async function* dot(source) {
  const colors = colorsFor(process.stdout);
  let count = 0;
  let columns = process.stdout.columns || 20;
  const failed = [];
  for await (const { type, data } of source) {
    if (type === 'test:pass') yield `${colors.green}.${colors.reset}`;
    if (type === 'test:fail') {
      yield `${colors.red}X${colors.reset}`;
      failed.push(data);
    }
    if ((type === 'test:fail' || type === 'test:pass') && ++count === columns) {
      yield '\n';
      columns = process.stdout.columns || 20;
      count = 0;
    }
  }
  yield '\n';
  if (failed.length > 0) {
    yield `\n${colors.red}Failed tests:${colors.white}\n\n`;
    for (const test of failed) yield formatTestReport('test:fail', test, colors);
  }
};
