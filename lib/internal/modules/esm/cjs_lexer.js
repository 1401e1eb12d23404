'use strict';
// Which names a CommonJS module exports, found by reading its source without running it, as
// Node's cjs-module-lexer does: `exports.x =`, `module.exports.x =`, `exports['x'] =`,
// Object.defineProperty(exports, 'x', …), `module.exports = { a, b: c, 'd': e }`, and
// re-exports (`module.exports = require('y')`, `...require('y')`, `__exportStar(require('y'))`).
// It also notes ES module syntax (import/export statements, import.meta), which decides the
// format of a .js file that no package.json "type" claims.

const {
  ArrayPrototypePop,
  ArrayPrototypePush,
  RegExpPrototypeExec,
  SafeSet,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
} = primordials;

const kIdentStart = /[A-Za-z_$\u00a0-\uffff]/;
const kIdentPart = /[A-Za-z0-9_$\u00a0-\uffff]/;
// After these, a '/' starts a regular expression rather than a division.
const kRegexKeywords = new SafeSet(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete',
  'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

function isIdentStart(ch) {
  return ch !== undefined && RegExpPrototypeExec(kIdentStart, ch) !== null;
}

function isIdentPart(ch) {
  return ch !== undefined && RegExpPrototypeExec(kIdentPart, ch) !== null;
}

// Splits source into tokens: identifiers/keywords, strings (with their value), punctuators.
// Comments, template literals and regular expressions are skipped.
function tokenize(src) {
  const tokens = [];
  const n = src.length;
  let i = 0;
  const templateDepth = [];
  let braceDepth = 0;
  const prevAllowsRegex = () => {
    const t = tokens[tokens.length - 1];
    if (t === undefined) return true;
    if (t.type === 'punct') return t.value !== ')' && t.value !== ']' && t.value !== '}';
    if (t.type === 'ident') return kRegexKeywords.has(t.value);
    return false;
  };
  while (i < n) {
    const ch = src[i];
    const code = StringPrototypeCharCodeAt(src, i);
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 0xFEFF || code === 0xA0) {
      i++;
      continue;
    }
    if (ch === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (ch === '/' && src[i + 1] === '*') {
      const end = StringPrototypeIndexOf(src, '*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    if (ch === '#' && src[i + 1] === '!' && i === 0) {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (ch === '\'' || ch === '"') {
      let j = i + 1;
      let value = '';
      let simple = true;
      while (j < n && src[j] !== ch && src[j] !== '\n') {
        if (src[j] === '\\') {
          simple = false;
          j += 2;
        } else {
          value += src[j];
          j++;
        }
      }
      ArrayPrototypePush(tokens, { type: 'string', value: simple ? value : undefined });
      i = j + 1;
      continue;
    }
    if (ch === '`' || (ch === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === braceDepth)) {
      if (ch === '}') ArrayPrototypePop(templateDepth);
      // inside a template: skip to its end or to the next ${
      let j = i + 1;
      let interpolation = false;
      while (j < n) {
        if (src[j] === '\\') {
          j += 2;
          continue;
        }
        if (src[j] === '`') break;
        if (src[j] === '$' && src[j + 1] === '{') {
          interpolation = true;
          break;
        }
        j++;
      }
      if (interpolation) {
        ArrayPrototypePush(templateDepth, braceDepth);
        i = j + 2;
        ArrayPrototypePush(tokens, { type: 'punct', value: '(' });
      } else {
        i = j + 1;
        ArrayPrototypePush(tokens, { type: 'string', value: undefined });
      }
      continue;
    }
    if (ch === '/' && prevAllowsRegex()) {
      let j = i + 1;
      let inClass = false;
      while (j < n && src[j] !== '\n') {
        if (src[j] === '\\') {
          j += 2;
          continue;
        }
        if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        else if (src[j] === '/' && !inClass) break;
        j++;
      }
      j++;
      while (j < n && isIdentPart(src[j])) j++;
      ArrayPrototypePush(tokens, { type: 'regex' });
      i = j;
      continue;
    }
    if (isIdentStart(ch)) {
      let j = i + 1;
      while (j < n && isIdentPart(src[j])) j++;
      ArrayPrototypePush(tokens, { type: 'ident', value: StringPrototypeSlice(src, i, j), depth: braceDepth });
      i = j;
      continue;
    }
    if (code >= 48 && code <= 57) {
      let j = i + 1;
      while (j < n && isIdentPart(src[j])) j++;
      ArrayPrototypePush(tokens, { type: 'number' });
      i = j;
      continue;
    }
    if (ch === '.' && src[i + 1] === '.' && src[i + 2] === '.') {
      ArrayPrototypePush(tokens, { type: 'punct', value: '...' });
      i += 3;
      continue;
    }
    if (ch === '{') braceDepth++;
    else if (ch === '}') braceDepth--;
    // `==`, `=>` and friends must not read as a plain '='.
    if (ch === '=' && (src[i + 1] === '=' || src[i + 1] === '>')) {
      ArrayPrototypePush(tokens, { type: 'punct', value: src[i + 1] === '>' ? '=>' : '==' });
      i += 2;
      continue;
    }
    if ((ch === '!' || ch === '<' || ch === '>') && src[i + 1] === '=') {
      ArrayPrototypePush(tokens, { type: 'punct', value: '==' });
      i += 2;
      continue;
    }
    ArrayPrototypePush(tokens, { type: 'punct', value: ch });
    i++;
  }
  return tokens;
}

function isPunct(t, value) {
  return t !== undefined && t.type === 'punct' && t.value === value;
}

function isIdent(t, value) {
  return t !== undefined && t.type === 'ident' && (value === undefined || t.value === value);
}

// `require('x')` at tokens[i]: the specifier, or undefined.
function requireAt(tokens, i) {
  if (isIdent(tokens[i], 'require') && isPunct(tokens[i + 1], '(') &&
      tokens[i + 2]?.type === 'string' && tokens[i + 2].value !== undefined && isPunct(tokens[i + 3], ')')) {
    return tokens[i + 2].value;
  }
  return undefined;
}

// `exports` or `module.exports` at tokens[i]: index after it, or -1.
function exportsRefAt(tokens, i) {
  const prev = tokens[i - 1];
  if (isPunct(prev, '.')) return -1;
  if (isIdent(tokens[i], 'exports')) return i + 1;
  if (isIdent(tokens[i], 'module') && isPunct(tokens[i + 1], '.') && isIdent(tokens[i + 2], 'exports')) return i + 3;
  return -1;
}

// `.name` or `['name']` at tokens[i]: [name, index after], or undefined.
function memberAt(tokens, i) {
  if (isPunct(tokens[i], '.') && isIdent(tokens[i + 1])) return [tokens[i + 1].value, i + 2];
  if (isPunct(tokens[i], '[') && tokens[i + 1]?.type === 'string' && tokens[i + 1].value !== undefined &&
      isPunct(tokens[i + 2], ']')) {
    return [tokens[i + 1].value, i + 3];
  }
  return undefined;
}

// { exports: Set, reexports: [specifier], hasModuleSyntax }
function parse(source) {
  const tokens = tokenize(source);
  const exports = new SafeSet();
  const reexports = [];
  let hasModuleSyntax = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'ident') continue;
    const prev = tokens[i - 1];
    if ((t.value === 'import' || t.value === 'export') && t.depth === 0 && !isPunct(prev, '.')) {
      const next = tokens[i + 1];
      if (t.value === 'import') {
        if (isPunct(next, '.') && isIdent(tokens[i + 2], 'meta')) hasModuleSyntax = true;
        else if (next !== undefined && (next.type === 'string' || next.type === 'ident' ||
                 isPunct(next, '{') || isPunct(next, '*'))) {
          hasModuleSyntax = true;
        }
      } else if (next !== undefined && (next.type === 'ident' || isPunct(next, '{') || isPunct(next, '*'))) {
        hasModuleSyntax = true;
      }
      continue;
    }
    // Object.defineProperty(exports, 'x', ...)
    if (t.value === 'defineProperty' && isPunct(prev, '.') && isIdent(tokens[i - 2], 'Object') &&
        isPunct(tokens[i + 1], '(')) {
      const after = exportsRefAt(tokens, i + 2);
      if (after !== -1 && isPunct(tokens[after], ',') && tokens[after + 1]?.type === 'string' &&
          tokens[after + 1].value !== undefined && isPunct(tokens[after + 2], ',') &&
          isExportDescriptor(tokens, after + 3)) {
        exports.add(tokens[after + 1].value);
      }
      continue;
    }
    // __exportStar(require('x'), exports) / __export(require('x'))
    if ((t.value === '__exportStar' || t.value === '__export') && isPunct(tokens[i + 1], '(')) {
      const spec = requireAt(tokens, i + 2);
      if (spec !== undefined) ArrayPrototypePush(reexports, spec);
      continue;
    }
    const after = exportsRefAt(tokens, i);
    if (after === -1) continue;
    const member = memberAt(tokens, after);
    if (member !== undefined) {
      if (isPunct(tokens[member[1]], '=')) exports.add(member[0]);
      i = member[1] - 1;
      continue;
    }
    // module.exports = require('x') | { ... }
    if (tokens[i].value === 'module' && isPunct(tokens[after], '=')) {
      const spec = requireAt(tokens, after + 1);
      if (spec !== undefined) {
        ArrayPrototypePush(reexports, spec);
        continue;
      }
      if (isPunct(tokens[after + 1], '{')) i = objectLiteral(tokens, after + 2, exports, reexports) - 1;
    }
  }
  return { exports, reexports, hasModuleSyntax };
}

// The descriptor of Object.defineProperty(exports, 'x', {…}) counts, as in cjs-module-lexer,
// when it has a `value`, or a getter that only returns an identifier or member chain
// (what Babel and TypeScript emit for re-exports).
function isExportDescriptor(tokens, i) {
  if (!isPunct(tokens[i], '{')) return false;
  let depth = 0;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (isPunct(t, '{')) depth++;
    else if (isPunct(t, '}') && --depth === 0) return false;
    if (depth !== 1) continue;
    if (isIdent(t, 'value') && isPunct(tokens[j + 1], ':')) return true;
    if (isIdent(t, 'get')) {
      let k = j + 1;
      if (isPunct(tokens[k], ':') && isIdent(tokens[k + 1], 'function')) k += 2;
      if (!isPunct(tokens[k], '(') || !isPunct(tokens[k + 1], ')') || !isPunct(tokens[k + 2], '{') ||
          !isIdent(tokens[k + 3], 'return') || !isIdent(tokens[k + 4])) return false;
      k += 5;
      while (isPunct(tokens[k], '.') && isIdent(tokens[k + 1])) k += 2;
      if (isPunct(tokens[k], ';')) k++;
      return isPunct(tokens[k], '}');
    }
  }
  return false;
}

// Keys of `{ a, b: x, 'c': y, ...require('d') }` from tokens[i] (just past the '{').
function objectLiteral(tokens, i, exports, reexports) {
  while (i < tokens.length) {
    const t = tokens[i];
    if (isPunct(t, '}')) return i + 1;
    if (isPunct(t, '...')) {
      const spec = requireAt(tokens, i + 1);
      if (spec === undefined) return i;
      ArrayPrototypePush(reexports, spec);
      i += 5;
    } else if ((t.type === 'ident' || (t.type === 'string' && t.value !== undefined))) {
      const next = tokens[i + 1];
      if (isPunct(next, ',') || isPunct(next, '}')) {
        if (t.type !== 'ident') return i;
        exports.add(t.value);
        i += 1;
      } else if (isPunct(next, ':')) {
        // only `key: identifier` counts; anything else ends the scan, as in cjs-module-lexer
        if (!isIdent(tokens[i + 2]) || !(isPunct(tokens[i + 3], ',') || isPunct(tokens[i + 3], '}'))) return i;
        exports.add(t.value);
        i += 3;
      } else {
        return i; // a method or getter: Node stops here too
      }
    } else {
      return i;
    }
    if (isPunct(tokens[i], ',')) i++;
    else if (!isPunct(tokens[i], '}')) return i;
  }
  return i;
}

module.exports = { parse, tokenize };
