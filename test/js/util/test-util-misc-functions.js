'use strict';
// util.getCallSites, util.diff, util.convertProcessSignalToExitCode, util.stripVTControlCharacters,
// util.debuglog without NODE_DEBUG.
const common = require('../../common');
const assert = require('assert');
const util = require('util');

function where() {
  return util.getCallSites();
}
const sites = where();
assert.ok(sites.length > 1 && sites.length <= 10);
assert.strictEqual(Object.getPrototypeOf(sites[0]), null);
assert.deepStrictEqual(Object.keys(sites[0]),
                       ['functionName', 'scriptId', 'scriptName', 'lineNumber', 'columnNumber', 'column']);
assert.strictEqual(sites[0].functionName, 'where');
assert.strictEqual(sites[0].scriptName, __filename);
assert.strictEqual(sites[0].lineNumber, 9);
assert.strictEqual(sites[0].column, 15);
assert.strictEqual(sites[0].columnNumber, 15);
assert.strictEqual(typeof sites[0].scriptId, 'string');
assert.strictEqual(sites[1].functionName, '');
assert.strictEqual(sites[1].lineNumber, 11);
assert.strictEqual(sites[1].column, 15);
assert.strictEqual(util.getCallSites(1).length, 1);
assert.strictEqual(util.getCallSites({ sourceMap: false })[0].lineNumber, 26);
assert.throws(() => util.getCallSites(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received 0',
});
assert.throws(() => util.getCallSites(201), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => util.getCallSites('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "frameCount" argument must be of type number. Received type string (\'x\')',
});

assert.deepStrictEqual(util.diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff('same', 'same'), []);
assert.deepStrictEqual(util.diff(['a', 'b', 'c'], ['a', 'c', 'd']),
                       [[0, 'a'], [1, 'b'], [0, 'c'], [-1, 'd']]);
assert.deepStrictEqual(util.diff('', 'ab'), [[-1, 'a'], [-1, 'b']]);
assert.throws(() => util.diff(1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.diff([1], ['a']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.diff('a', null), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(util.convertProcessSignalToExitCode('SIGTERM'), 143);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGKILL'), 137);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGINT'), 130);
assert.throws(() => util.convertProcessSignalToExitCode(15), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'signalCode' must be one of: 'SIGHUP', 'SIGINT', .*'SIGSYS'\. Received 15$/,
});
assert.throws(() => util.convertProcessSignalToExitCode('nope'), { code: 'ERR_INVALID_ARG_VALUE' });

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'),
                   'red link');
assert.throws(() => util.stripVTControlCharacters(1), { code: 'ERR_INVALID_ARG_TYPE' });

// No NODE_DEBUG section matches. Reading `enabled` first (false) makes the logger a no-op
// whose callback never runs; logging first hands the callback a (no-op) logger.
const log = util.debuglog('node4j-test-section', common.mustNotCall());
assert.strictEqual(log.enabled, false);
log('not printed %d', 1);
const log2 = util.debuglog('node4j-test-other', common.mustCall((fn) => {
  assert.strictEqual(typeof fn, 'function');
}));
log2('not printed');
log2('not printed');
assert.strictEqual(log2.enabled, false);
assert.strictEqual(util.debug, util.debuglog);
