// exit: 1
// Flags: --enable-source-maps
// An ES module with an inline (data: URL) source map: its frames and the fatal report's
// arrow point into the original file.
import assert from 'node:assert';
import { findSourceMap, getSourceMapsSupport } from 'node:module';
import { fail } from '../../fixtures/source-maps/inline.mjs';

assert.deepStrictEqual({ ...getSourceMapsSupport() }, { enabled: true, nodeModules: true, generatedCode: true });
const sm = findSourceMap(new URL('../../fixtures/source-maps/inline.mjs', import.meta.url).href);
assert.deepStrictEqual(sm.payload.sources, [new URL('../../fixtures/source-maps/inline-src.js', import.meta.url).href]);
fail();
