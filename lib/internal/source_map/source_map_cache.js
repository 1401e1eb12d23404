'use strict';
// Source maps of loaded modules, kept while source map support is on (--enable-source-maps,
// module.setSourceMapsSupport()): each CommonJS or ES module whose text ends with a
// `//# sourceMappingURL=` comment is noted when it is compiled; its map is read (a file next
// to it, or a data: URL) the first time findSourceMap() or a stack trace asks. Stack frames
// in such modules then name the original file, line and column (internal/stack_trace).

const {
  JSONParse,
  RegExpPrototypeExec,
  SafeMap,
  StringPrototypeIncludes,
  StringPrototypeStartsWith,
} = primordials;

const { sourceMaps } = require('internal/stack_trace');

const kMappingURL = /\/[*/][#@][ \t]*sourceMappingURL=([^\s'"*]+)[ \t]*(?:\*\/[ \t]*)?(?:\r?\n[ \t]*)*$/;

// filename -> the sourceMappingURL value, then (once read) -> SourceMap or null
const noted = new SafeMap();
const parsed = new SafeMap();

function setSupport(enabled, { nodeModules = false, generatedCode = false } = {}) {
  sourceMaps.enabled = enabled;
  sourceMaps.nodeModules = enabled && nodeModules;
  sourceMaps.generatedCode = enabled && generatedCode;
  sourceMaps.lookup = enabled ? lookup : undefined;
}

// Called for each module compiled while support is on.
function maybeCache(filename, source) {
  if (!sourceMaps.nodeModules && StringPrototypeIncludes(filename, '/node_modules/')) return;
  const m = RegExpPrototypeExec(kMappingURL, source);
  if (m !== null) {
    noted.set(filename, m[1]);
    parsed.delete(filename);
  }
}

function findSourceMap(sourceURL) {
  let filename = `${sourceURL}`;
  if (StringPrototypeStartsWith(filename, 'file:')) filename = require('internal/url').fileURLToPath(filename);
  if (parsed.has(filename)) return parsed.get(filename) ?? undefined;
  const url = noted.get(filename);
  if (url === undefined) return undefined;
  let sm = null;
  try {
    sm = read(filename, url);
  } catch {
    sm = null; // an unreadable or broken map is no map, as in Node
  }
  parsed.set(filename, sm);
  return sm ?? undefined;
}

function read(filename, url) {
  const { URL, pathToFileURL } = require('internal/url');
  const mapURL = new URL(url, pathToFileURL(filename)).href;
  let text;
  if (StringPrototypeStartsWith(mapURL, 'data:')) {
    const comma = mapURL.indexOf(',');
    const meta = mapURL.slice(5, comma);
    const body = decodeURIComponent(mapURL.slice(comma + 1));
    const { Buffer } = require('buffer');
    text = StringPrototypeIncludes(meta, ';base64') ? Buffer.from(body, 'base64').toString('utf8') : body;
  } else if (StringPrototypeStartsWith(mapURL, 'file:')) {
    text = require('fs').readFileSync(new URL(mapURL), 'utf8');
  } else {
    return null;
  }
  const payload = JSONParse(text);
  // Node hands out the payload with its sources made absolute (against the map's URL)
  const base = StringPrototypeStartsWith(mapURL, 'data:') ? pathToFileURL(filename).href : mapURL;
  const root = payload.sourceRoot ? `${payload.sourceRoot}${payload.sourceRoot.endsWith('/') ? '' : '/'}` : '';
  if (payload.sources !== undefined) {
    for (let i = 0; i < payload.sources.length; i++) {
      if (payload.sources[i] !== null) payload.sources[i] = new URL(`${root}${payload.sources[i]}`, base).href;
    }
  }
  payload.sourceRoot = '';
  const { SourceMap } = require('internal/source_map/source_map');
  return new SourceMap(payload);
}

// For stack traces: (file, 1-based line, column) -> the original location, or undefined.
function lookup(fileName, line, column) {
  const sm = findSourceMap(fileName);
  if (sm === undefined) return undefined;
  const { originalSource, originalLine, originalColumn } = sm.findEntry(line - 1, column - 1);
  if (originalSource === undefined) return undefined;
  const file = StringPrototypeStartsWith(originalSource, 'file://') ?
    require('internal/url').fileURLToPath(originalSource) : originalSource;
  return `${file}:${originalLine + 1}:${originalColumn + 1}`;
}

module.exports = { findSourceMap, maybeCache, setSupport };
