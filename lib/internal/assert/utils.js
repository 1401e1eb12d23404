'use strict';
// assert.ok() and its message: when no message is given, Node quotes the failing call
// from the caller's source ("The expression evaluated to a falsy value:\n\n  assert.ok(x)\n").
// We find the call site in the stack (file:line:column), read that line of the file and
// cut the call out of it: back from the reported column over a `a.b['c'].` receiver chain,
// forward to the parenthesis closing the call (strings, templates, comments and regular
// expressions skipped), or to the end of the line. Without a readable source the message
// falls back to Node's generic "<actual> == true".

const {
  Error,
  ErrorCaptureStackTrace,
  ObjectPrototypeHasOwnProperty,
  RegExpPrototypeExec,
  SafeMap,
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeTrimEnd,
  decodeURIComponent,
} = primordials;

const AssertionError = require('internal/assert/assertion_error');

// filename -> its lines (or null when unreadable); kept small.
const sourceCache = new SafeMap();
const kMaxCachedFiles = 16;

function readSourceLines(filename) {
  if (sourceCache.has(filename)) return sourceCache.get(filename);
  let lines = null;
  try {
    lines = StringPrototypeSplit(readFileUtf8(filename), /\r?\n/);
  } catch {
    lines = null;
  }
  if (sourceCache.size >= kMaxCachedFiles) sourceCache.clear();
  sourceCache.set(filename, lines);
  return lines;
}

function readFileUtf8(filename) {
  let fs = null;
  try {
    fs = require('fs');
  } catch {
    // Not available (yet): read through the binding.
  }
  if (fs !== null) return fs.readFileSync(filename, 'utf8');
  const ctx = {};
  const text = internalBinding('fs').readFileUtf8(filename, ctx);
  if (typeof text !== 'string') throw new Error(`cannot read ${filename}`);
  return text;
}

// "    at fn (file:line:col)" or "    at file:line:col" -> { file, line, column }.
const kFrameRe = /^\s*at (?:.*? \()?(.+?):(\d+):(\d+)\)?$/;

function getCallSite(fn) {
  const desc = primordials.ObjectGetOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const writable = desc !== undefined && ObjectPrototypeHasOwnProperty(desc, 'value') && desc.writable;
  const limit = Error.stackTraceLimit;
  if (writable) Error.stackTraceLimit = 1;
  const holder = {};
  try {
    ErrorCaptureStackTrace(holder, fn);
  } finally {
    if (writable) Error.stackTraceLimit = limit;
  }
  const stack = holder.stack;
  if (typeof stack !== 'string') return undefined;
  const lines = StringPrototypeSplit(stack, '\n');
  for (let i = 1; i < lines.length; i++) {
    if (!StringPrototypeStartsWith(lines[i], '    at ')) continue;
    const match = RegExpPrototypeExec(kFrameRe, lines[i]);
    if (match === null) return undefined;
    let file = match[1];
    if (StringPrototypeStartsWith(file, 'file://')) {
      try {
        file = decodeURIComponent(StringPrototypeSlice(file, 7));
      } catch {
        return undefined;
      }
    }
    return { file, line: +match[2], column: +match[3] };
  }
  return undefined;
}

function isIdentifierChar(code) {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) || code === 36 || code === 95 || code > 127;
}

function isSpace(code) {
  return code === 32 || code === 9;
}

function skipSpaceBack(line, i) {
  while (i >= 0 && isSpace(StringPrototypeCharCodeAt(line, i))) i--;
  return i;
}

// Index of the `[` matching the `]` at `end` (quotes inside brackets are skipped), or -1.
function matchBracketBack(line, end) {
  let depth = 0;
  let quote = 0;
  for (let i = end; i >= 0; i--) {
    const c = StringPrototypeCharCodeAt(line, i);
    if (quote !== 0) {
      if (c === quote && (i === 0 || StringPrototypeCharCodeAt(line, i - 1) !== 92)) quote = 0;
      continue;
    }
    if (c === 39 || c === 34 || c === 96) {
      quote = c;
    } else if (c === 93) {
      depth++;
    } else if (c === 91) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

// Start of the callee expression ending at the identifier found at `column`.
function findStart(line, column) {
  let start = column;
  while (start > 0 && isIdentifierChar(StringPrototypeCharCodeAt(line, start - 1))) start--;
  for (;;) {
    let p = skipSpaceBack(line, start - 1);
    if (p < 0) return start;
    let c = StringPrototypeCharCodeAt(line, p);
    if (c === 93) { // `x[...]` directly before
      const open = matchBracketBack(line, p);
      if (open <= 0) return start;
      const before = StringPrototypeCharCodeAt(line, open - 1);
      if (!isIdentifierChar(before) && before !== 93) return start;
      start = open;
      while (start > 0 && isIdentifierChar(StringPrototypeCharCodeAt(line, start - 1))) start--;
      continue;
    }
    if (c !== 46) return start; // not a `.`
    p--;
    if (p >= 0 && StringPrototypeCharCodeAt(line, p) === 63) p--; // `?.`
    p = skipSpaceBack(line, p);
    if (p < 0) return start;
    c = StringPrototypeCharCodeAt(line, p);
    if (c === 93) {
      const open = matchBracketBack(line, p);
      if (open <= 0) return start;
      const before = StringPrototypeCharCodeAt(line, open - 1);
      if (!isIdentifierChar(before) && before !== 93) return start;
      start = open;
      while (start > 0 && isIdentifierChar(StringPrototypeCharCodeAt(line, start - 1))) start--;
      continue;
    }
    if (!isIdentifierChar(c)) return start;
    start = p + 1;
    while (start > 0 && isIdentifierChar(StringPrototypeCharCodeAt(line, start - 1))) start--;
  }
}

// A `/` starts a regular expression (not a division) after these characters.
function regexCanFollow(code) {
  return code === -1 || code === 40 || code === 44 || code === 61 || code === 58 ||
    code === 91 || code === 33 || code === 38 || code === 124 || code === 63 ||
    code === 123 || code === 125 || code === 59 || code === 43 || code === 45 ||
    code === 42 || code === 37 || code === 60 || code === 62 || code === 126 || code === 94;
}

// End (exclusive) of the call starting at `start`: the `)` that closes its first `(`.
function findEnd(line, start) {
  let depth = 0;
  let opened = false;
  let prevSignificant = -1;
  const len = line.length;
  const templateDepths = [];
  let i = start;
  while (i < len) {
    const c = StringPrototypeCharCodeAt(line, i);
    if (c === 39 || c === 34) { // '...' "..."
      i++;
      while (i < len) {
        const d = StringPrototypeCharCodeAt(line, i);
        if (d === 92) { i += 2; continue; }
        i++;
        if (d === c) break;
      }
      prevSignificant = c;
      continue;
    }
    if (c === 96) { // template literal
      i = skipTemplate(line, i + 1, templateDepths, depth);
      prevSignificant = 96;
      continue;
    }
    if (c === 47) { // comment or regular expression
      const next = StringPrototypeCharCodeAt(line, i + 1);
      if (next === 47) return len;
      if (next === 42) {
        const close = StringPrototypeIndexOf(line, '*/', i + 2);
        if (close === -1) return len;
        i = close + 2;
        continue;
      }
      if (regexCanFollow(prevSignificant)) {
        i = skipRegExp(line, i + 1);
        prevSignificant = 47;
        continue;
      }
    }
    if (c === 40 || c === 91 || c === 123) {
      if (c === 40) opened = true;
      depth++;
    } else if (c === 41 || c === 93 || c === 125) {
      if (c === 125 && templateDepths.length > 0 &&
          templateDepths[templateDepths.length - 1] === depth) {
        // The `}` closing a `${` substitution: continue the template.
        templateDepths.length--;
        i = skipTemplate(line, i + 1, templateDepths, depth);
        prevSignificant = 96;
        continue;
      }
      depth--;
      if (depth === 0 && c === 41 && opened) return i + 1;
      if (depth < 0) return i;
    }
    if (!isSpace(c)) prevSignificant = c;
    i++;
  }
  return len;
}

// Skips template text after a backtick (or a substitution's `}`); returns the index after
// the closing backtick, or after a `${` (recording the bracket depth it must close at).
function skipTemplate(line, i, templateDepths, depth) {
  const len = line.length;
  while (i < len) {
    const c = StringPrototypeCharCodeAt(line, i);
    if (c === 92) { i += 2; continue; }
    if (c === 96) return i + 1;
    if (c === 36 && StringPrototypeCharCodeAt(line, i + 1) === 123) {
      templateDepths[templateDepths.length] = depth;
      return i + 2;
    }
    i++;
  }
  return len;
}

function skipRegExp(line, i) {
  const len = line.length;
  let inClass = false;
  while (i < len) {
    const c = StringPrototypeCharCodeAt(line, i);
    if (c === 92) { i += 2; continue; }
    if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      i++;
      while (i < len && isIdentifierChar(StringPrototypeCharCodeAt(line, i))) i++;
      return i;
    }
    i++;
  }
  return len;
}

function getErrMessage(fn) {
  let site;
  try {
    site = getCallSite(fn);
  } catch {
    return undefined;
  }
  if (site === undefined || StringPrototypeStartsWith(site.file, 'node:')) return undefined;
  const lines = readSourceLines(site.file);
  if (lines === null || site.line < 1 || site.line > lines.length) return undefined;
  const line = lines[site.line - 1];
  const column = site.column - 1;
  if (column < 0 || column >= line.length) return undefined;
  const start = findStart(line, column);
  const code = StringPrototypeTrimEnd(StringPrototypeSlice(line, start, findEnd(line, start)));
  if (code === '') return undefined;
  return `The expression evaluated to a falsy value:\n\n  ${code}\n`;
}

function isErrorLike(value) {
  return value instanceof Error ||
    (value !== null && typeof value === 'object' &&
     primordials.ObjectPrototypeToString(value) === '[object Error]');
}

function innerOk(fn, argLen, value, message, diff) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (isErrorLike(message)) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
      diff,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

module.exports = {
  getErrMessage,
  innerOk,
  isErrorLike,
};
