'use strict';
// The TAP reporter fed by hand: escaping, directives, YAML of an error, diagnostics, plans.
const { tap } = require('node:test/reporters');
const { Readable } = require('node:stream');
const error = new Error('multi\nline');
error.stack = 'Error: multi\nline\n    at frame (/x.js:1:1)';
const events = [
  { type: 'test:start', data: { nesting: 0, name: 'a # hash' } },
  { type: 'test:pass', data: { nesting: 0, name: 'a # hash', testNumber: 1, details: { duration_ms: 1.5, type: 'test' }, skip: 'why' } },
  { type: 'test:start', data: { nesting: 0, name: 'b' } },
  { type: 'test:diagnostic', data: { nesting: 1, message: 'note' } },
  { type: 'test:plan', data: { nesting: 1, count: 0 } },
  { type: 'test:fail', data: { nesting: 0, name: 'b', testNumber: 2, file: '/f.js', line: 3, column: 4,
    details: { duration_ms: 2, type: 'test', error } } },
  { type: 'test:pass', data: { nesting: 0, name: 'c', testNumber: 3, details: { duration_ms: 3, type: 'suite' }, todo: true } },
];
Readable.from(events).compose(tap).pipe(process.stdout);
