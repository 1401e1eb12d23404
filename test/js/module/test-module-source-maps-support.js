'use strict';
// module.setSourceMapsSupport(true): modules compiled from then on have their
// sourceMappingURL noted; findSourceMap() reads the map (sources made absolute against the
// map's URL), and stack frames in them name the original file, line and column.
require('../../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const m = require('module');

const fixtures = path.join(__dirname, '../../fixtures/source-maps');
const gen = path.join(fixtures, 'gen.js');
assert.deepStrictEqual({ ...m.getSourceMapsSupport() }, { enabled: false, nodeModules: false, generatedCode: false });
assert.strictEqual(m.findSourceMap(gen), undefined);

assert.throws(() => m.setSourceMapsSupport(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "enabled" argument must be of type boolean. Received type number (5)',
});
m.setSourceMapsSupport(true);
assert.deepStrictEqual({ ...m.getSourceMapsSupport() }, { enabled: true, nodeModules: false, generatedCode: false });

const { boom } = require(gen);
const sm = m.findSourceMap(gen);
assert.ok(sm instanceof m.SourceMap);
assert.strictEqual(m.findSourceMap(pathToFileURL(gen).href), sm);
const original = pathToFileURL(path.join(fixtures, 'src/orig.ts')).href;
assert.deepStrictEqual(sm.payload, {
  version: 3, file: 'gen.js', sources: [original], names: ['boom'], mappings: ';AACA,SAASA;EACP', sourceRoot: '',
});
assert.deepStrictEqual(sm.findOrigin(3, 9), { name: 'boom', fileName: original, lineNumber: 3, columnNumber: 9 });
assert.strictEqual(m.findSourceMap(__filename), undefined);

assert.throws(boom, (err) => {
  const frames = err.stack.split('\n');
  assert.strictEqual(frames[1], `    at boom (${path.join(fixtures, 'src/orig.ts')}:3:3)`);
  return true;
});

// process.setSourceMapsEnabled() is the same switch (with node_modules and generated code)
assert.strictEqual(process.sourceMapsEnabled, true);
assert.throws(() => process.setSourceMapsEnabled(1), { code: 'ERR_INVALID_ARG_TYPE' });
process.setSourceMapsEnabled(false);
assert.strictEqual(process.sourceMapsEnabled, false);
assert.strictEqual(m.getSourceMapsSupport().enabled, false);
process.setSourceMapsEnabled(true);
assert.deepStrictEqual({ ...m.getSourceMapsSupport() }, { enabled: true, nodeModules: true, generatedCode: true });
