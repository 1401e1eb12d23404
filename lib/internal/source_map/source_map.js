'use strict';
// module.SourceMap: a Source Map v3 payload (plain or an index map with "sections") decoded
// into a sorted list of mappings, answering where a generated position comes from.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  JSONParse,
  JSONStringify,
  StringPrototypeCharCodeAt,
  Symbol,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

const kSourceMapURL = Symbol('kSourceMapURL');

// base64 digit -> value
const kDigits = new Int8Array(128).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) kDigits[StringPrototypeCharCodeAt(alphabet, i)] = i;
}

class SourceMap {
  #payload;
  #mappings = []; // [generatedLine, generatedColumn, source, originalLine, originalColumn, name]
  #lineLengths;

  // sources are made absolute against the map's own URL when the map came from a file
  // (findSourceMap); a map built by the program keeps them as written
  #sourceMapURL;

  constructor(payload, { lineLengths, [kSourceMapURL]: sourceMapURL } = {}) {
    this.#sourceMapURL = sourceMapURL;
    if (payload === null || typeof payload !== 'object') throw new ERR_INVALID_ARG_TYPE('payload', 'object', payload);
    this.#payload = JSONParse(JSONStringify(payload)); // a copy: the caller may change theirs
    if (ArrayIsArray(lineLengths)) this.#lineLengths = [...lineLengths];
    if (ArrayIsArray(this.#payload.sections)) {
      const { sections } = this.#payload;
      for (let i = 0; i < sections.length; i++) {
        const { offset, map } = sections[i];
        this.#parse(map, offset.line, offset.column);
      }
    } else {
      this.#parse(this.#payload, 0, 0);
    }
    this.#mappings.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }

  get payload() {
    return JSONParse(JSONStringify(this.#payload));
  }

  get lineLengths() {
    return this.#lineLengths === undefined ? undefined : [...this.#lineLengths];
  }

  // 0-based generated position -> the mapping at or before it, or {}
  findEntry(lineOffset, columnOffset) {
    const m = this.#mappings;
    let lo = 0;
    let hi = m.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const e = m[mid];
      if (e[0] < lineOffset || (e[0] === lineOffset && e[1] <= columnOffset)) lo = mid + 1;
      else hi = mid;
    }
    const e = m[lo - 1];
    if (e === undefined) return {};
    return {
      generatedLine: e[0],
      generatedColumn: e[1],
      originalSource: e[2],
      originalLine: e[3],
      originalColumn: e[4],
      name: e[5],
    };
  }

  // 1-based generated position -> 1-based original position, or {}
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    const { generatedLine, generatedColumn, originalSource, originalLine, originalColumn, name } = entry;
    const line = lineNumber - 1 - generatedLine;
    const column = line === 0 ? columnNumber - 1 - generatedColumn : columnNumber - 1;
    return {
      name,
      fileName: originalSource,
      lineNumber: originalLine + line + 1,
      columnNumber: (line === 0 ? originalColumn + column : originalColumn) + 1,
    };
  }

  #resolveSource(source) {
    if (this.#sourceMapURL === undefined || source === null || source === undefined) return source ?? undefined;
    const { URL } = require('internal/url');
    return new URL(source, this.#sourceMapURL).href;
  }

  // Decodes `mappings` (VLQ segments; ';' ends a generated line, ',' a segment).
  #parse(map, lineOffset, columnOffset) {
    const { mappings, names } = map;
    // (a map without "sources" fails here, as Node's does)
    const sources = [];
    for (let k = 0; k < map.sources.length; k++) sources[k] = this.#resolveSource(map.sources[k]);
    let line = lineOffset;
    let column = 0;
    let source = 0;
    let originalLine = 0;
    let originalColumn = 0;
    let name = 0;
    let i = 0;
    const n = mappings?.length ?? 0;
    const next = () => {
      let result = 0;
      let shift = 0;
      for (;;) {
        const digit = kDigits[StringPrototypeCharCodeAt(mappings, i++)];
        result += (digit & 31) << shift;
        if ((digit & 32) === 0) break;
        shift += 5;
      }
      return (result & 1) === 1 ? -(result >>> 1) : result >>> 1;
    };
    // only ',' and ';' end a segment: like V8's parser, the last segment of the string reads
    // its missing fields as 0 (so it takes the current source and name)
    const ends = (code) => code === 44 || code === 59;
    while (i < n) {
      const c = StringPrototypeCharCodeAt(mappings, i);
      if (c === 59) { // ';'
        line++;
        column = 0;
        i++;
        continue;
      }
      if (c === 44) { // ','
        i++;
        continue;
      }
      column += next();
      const generatedColumn = line === lineOffset ? column + columnOffset : column;
      if (ends(StringPrototypeCharCodeAt(mappings, i))) {
        ArrayPrototypePush(this.#mappings, [line, generatedColumn, undefined, undefined, undefined, undefined]);
        continue;
      }
      source += next();
      originalLine += next();
      originalColumn += next();
      let entryName;
      if (!ends(StringPrototypeCharCodeAt(mappings, i))) {
        name += next();
        entryName = names?.[name];
      }
      ArrayPrototypePush(this.#mappings, [line, generatedColumn, sources[source], originalLine, originalColumn, entryName]);
    }
  }
}

module.exports = { SourceMap, kSourceMapURL };
