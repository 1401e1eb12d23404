'use strict';
const assert = require('assert');
assert.deepStrictEqual(Object.keys(console), ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time',
  'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table',
  'dirxml', 'groupCollapsed', 'Console', 'profile', 'profileEnd', 'timeStamp', 'context', 'createTask']);
assert.strictEqual(typeof console.Console, 'function');
assert.strictEqual(require('console'), console);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
const { log } = console;
log('detached log works');
