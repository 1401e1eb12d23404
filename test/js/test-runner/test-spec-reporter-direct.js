'use strict';
// The spec reporter class fed by hand: parents printed when a child reports, diagnostics,
// skip/todo directives, and the failures listed again at the end.
const { spec } = require('node:test/reporters');
const { Readable } = require('node:stream');
const events = [
  { type: 'test:start', data: { nesting: 0, name: 'parent' } },
  { type: 'test:start', data: { nesting: 1, name: 'child' } },
  { type: 'test:pass', data: { nesting: 1, name: 'child', details: { duration_ms: 1, type: 'test' } } },
  { type: 'test:diagnostic', data: { nesting: 1, message: 'a note' } },
  { type: 'test:start', data: { nesting: 1, name: 'skipped' } },
  { type: 'test:pass', data: { nesting: 1, name: 'skipped', skip: true, details: { duration_ms: 2, type: 'test' } } },
  { type: 'test:pass', data: { nesting: 0, name: 'parent', details: { duration_ms: 3, type: 'suite' } } },
  { type: 'test:start', data: { nesting: 0, name: 'broken' } },
  { type: 'test:fail', data: { nesting: 0, name: 'broken', file: `${process.cwd()}/x.js`, line: 1, column: 2,
    details: { duration_ms: 4, type: 'test', error: Object.assign(new Error('plain'), { stack: 'Error: plain' }) } } },
];
Readable.from(events).pipe(new spec()).pipe(process.stdout);
