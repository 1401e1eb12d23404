'use strict';
// module.SourceMap decodes a v3 payload (or an index map with sections): findEntry() gives the
// mapping at or before a 0-based generated position, findOrigin() the 1-based original one.
require('../../common');
const assert = require('assert');
const { SourceMap } = require('module');

const payload = {
  version: 3, file: 'out.js', sourceRoot: '', sources: ['src/a.ts', 'b.ts'], names: ['foo', 'bar'],
  mappings: 'AAAA,SAASA;AACA,IAAIC,GCAN;;AAEA',
};
const sm = new SourceMap(payload);
assert.notStrictEqual(sm.payload, payload);
assert.deepStrictEqual(sm.payload, payload);
assert.strictEqual(sm.lineLengths, undefined);
assert.deepStrictEqual(new SourceMap(payload, { lineLengths: [10, 20] }).lineLengths, [10, 20]);
assert.deepStrictEqual(Object.getOwnPropertyNames(SourceMap.prototype), ['constructor', 'payload', 'lineLengths', 'findEntry', 'findOrigin']);

const entry = (generatedLine, generatedColumn, originalSource, originalLine, originalColumn, name) =>
  ({ generatedLine, generatedColumn, originalSource, originalLine, originalColumn, name });
assert.deepStrictEqual(sm.findEntry(0, 0), entry(0, 0, 'src/a.ts', 0, 0, undefined));
assert.deepStrictEqual(sm.findEntry(0, 5), entry(0, 0, 'src/a.ts', 0, 0, undefined));
assert.deepStrictEqual(sm.findEntry(0, 100), entry(0, 9, 'src/a.ts', 0, 9, 'foo'));
assert.deepStrictEqual(sm.findEntry(1, 4), entry(1, 4, 'src/a.ts', 1, 13, 'bar'));
assert.deepStrictEqual(sm.findEntry(1, 8), entry(1, 7, 'b.ts', 1, 7, undefined));
assert.deepStrictEqual(sm.findEntry(2, 0), entry(1, 7, 'b.ts', 1, 7, undefined));
// the last segment of the string takes the current name, as V8's parser gives it
assert.deepStrictEqual(sm.findEntry(5, 0), entry(3, 0, 'b.ts', 3, 7, 'bar'));
assert.deepStrictEqual(sm.findEntry(-1, 0), {});

assert.deepStrictEqual(sm.findOrigin(1, 1), { name: undefined, fileName: 'src/a.ts', lineNumber: 1, columnNumber: 1 });
assert.deepStrictEqual(sm.findOrigin(1, 10), { name: 'foo', fileName: 'src/a.ts', lineNumber: 1, columnNumber: 10 });
assert.deepStrictEqual(sm.findOrigin(2, 9), { name: undefined, fileName: 'b.ts', lineNumber: 2, columnNumber: 9 });
assert.deepStrictEqual(sm.findOrigin(10, 1), { name: 'bar', fileName: 'b.ts', lineNumber: 10, columnNumber: 8 });

// a segment with only a generated column maps to no source
const sparse = new SourceMap({ version: 3, sources: ['a.ts'], names: [], mappings: 'A,CAAA,EACA;;' });
assert.deepStrictEqual(sparse.findEntry(0, 0), entry(0, 0, undefined, undefined, undefined, undefined));
assert.deepStrictEqual(sparse.findEntry(0, 3), entry(0, 3, 'a.ts', 1, 0, undefined));
assert.deepStrictEqual(sparse.findOrigin(1, 1), {});

// an index map: each section's mappings start at its offset
const indexed = new SourceMap({ version: 3, sections: [
  { offset: { line: 0, column: 0 }, map: payload },
  { offset: { line: 10, column: 0 }, map: { version: 3, sources: ['c.js'], names: [], mappings: 'AAAA' } },
] });
assert.deepStrictEqual(indexed.findEntry(10, 3), entry(10, 0, 'c.js', 0, 0, undefined));
assert.deepStrictEqual(indexed.findEntry(1, 4), entry(1, 4, 'src/a.ts', 1, 13, 'bar'));

assert.throws(() => new SourceMap(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "payload" argument must be of type object. Received type number (5)',
});
