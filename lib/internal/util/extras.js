'use strict';
// util.styleText, util.aborted and util.getCallSites: small util functions kept out of
// lib/util.js so that requiring util stays cheap.

const {
  ArrayIsArray,
  ArrayPrototypePush,
  Error,
  ObjectGetOwnPropertyNames,
  Promise,
  PromiseResolve,
  SafeMap,
  TypeError,
  ArrayPrototypeSort,
  StringPrototypeIndexOf,
  StringPrototypeReplaceAll,
  StringPrototypeStartsWith,
  StringPrototypeTrim,
  StringPrototypeSlice,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  validateBoolean,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
} = require('internal/validators');

function isStream(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  // Node streams (they have pipe/write or on+read) or web streams (getReader/getWriter).
  if (typeof stream.pipe === 'function' && typeof stream.on === 'function') return true;
  if (typeof stream.write === 'function' && typeof stream.on === 'function') return true;
  return typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
}

// Node's rule: FORCE_COLOR decides when set (through the colour depth it names); otherwise a
// TTY stream colours when its depth (if it can tell) is above 2 colours.
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  if (!stream?.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// Inside the text, a style's own closing code would end the style early; it re-opens it
// instead (22 ends both bold and dim, so it is kept and followed by the opening code).
// A closing code at the very end of the text is left alone.
function reopenInside(text, open, close) {
  const closeSeq = `\u001b[${close}m`;
  const openSeq = `\u001b[${open}m`;
  const replacement = close === 22 ? `${closeSeq}${openSeq}` : openSeq;
  let out = '';
  let from = 0;
  for (;;) {
    const i = StringPrototypeIndexOf(text, closeSeq, from);
    if (i === -1 || i + closeSeq.length === text.length) break;
    out += `${StringPrototypeSlice(text, from, i)}${replacement}`;
    from = i + closeSeq.length;
  }
  return `${out}${StringPrototypeSlice(text, from)}`;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (stream != null && !isStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const { inspect } = require('internal/util/inspect');
  const keys = ArrayIsArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === 'none') continue;
    const codes = inspect.colors[key];
    // The message lists the aliases too (they are non-enumerable properties).
    if (codes == null) validateOneOf(key, 'format', ObjectGetOwnPropertyNames(inspect.colors));
    if (skipColorize) continue;
    left += `\u001b[${codes[0]}m`;
    right = `\u001b[${codes[1]}m${right}`;
    text = reopenInside(text, codes[0], codes[1]);
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

async function aborted(signal, resource) {
  // Node converts the signal as WebIDL does, hence its different wording.
  if (!require('internal/abort_controller').isAbortSignal(signal)) {
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return PromiseResolve();
  const { addAbortListener } = require('events');
  return new Promise((resolve) => {
    addAbortListener(signal, resolve);
  });
}

// CallSite objects come from V8's structured stack API, which GraalJS provides: a throwaway
// Error.prepareStackTrace collects them for the frames above `caller` (util.getCallSites).
function getCallSites(caller, frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object' && frameCount !== null) {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount');
  if (frameCount < 1 || frameCount > 200) {
    throw new ERR_OUT_OF_RANGE('frameCount', '>= 1 && <= 200', frameCount);
  }
  const { sourceColumn } = require('internal/stack_trace');
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites = [];
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = frameCount;
    const holder = {};
    Error.captureStackTrace(holder, caller);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  const result = [];
  for (let i = 0; i < sites.length; i++) {
    const cs = sites[i];
    const scriptName = cs.getScriptNameOrSourceURL?.() ?? cs.getFileName() ?? '';
    const lineNumber = cs.getLineNumber() ?? 0;
    const column = sourceColumn(scriptName, lineNumber, cs.getColumnNumber() ?? 0);
    ArrayPrototypePush(result, {
      __proto__: null,
      functionName: cs.getFunctionName() ?? '',
      scriptId: scriptIdOf(scriptName),
      scriptName,
      lineNumber,
      columnNumber: column,
      column,
    });
  }
  return result;
}

// V8 numbers scripts as it compiles them; here each script name gets a number on first sight.
const scriptIds = new SafeMap();
function scriptIdOf(name) {
  let id = scriptIds.get(name);
  if (id === undefined) {
    id = `${scriptIds.size + 1}`;
    scriptIds.set(name, id);
  }
  return id;
}

// util.diff: Myers' shortest edit script between two strings (per character) or two string
// arrays (per element); 0 common, 1 only in actual, -1 only in expected.
function diff(actual, expected) {
  if (actual === expected) return [];
  if (ArrayIsArray(actual)) validateStringArray(actual, 'actual');
  else validateString(actual, 'actual');
  if (ArrayIsArray(expected)) validateStringArray(expected, 'expected');
  else validateString(expected, 'expected');
  const { myersDiff } = require('internal/assert/myers_diff');
  const ops = myersDiff(actual, expected);
  for (let i = 0; i < ops.length; i++) {
    if (ops[i][0] === 2) ops[i][0] = -1;
  }
  return ops;
}

// util.parseEnv: the dotenv format as Node 24 reads it. Lines are KEY=value (optionally
// `export KEY=value`); a value may be quoted with ", ' or ` (spanning lines; in "..." a
// literal \n becomes a newline; no other escapes, and text after the closing quote is
// ignored); an unquoted value ends at '#' and is trimmed; an unterminated quote is taken
// literally up to the end of the line. The last assignment wins; keys come out sorted (Node
// collects them in an ordered map).
function parseEnv(content) {
  validateString(content, 'content');
  const text = StringPrototypeReplaceAll(content, '\r', '');
  const values = new SafeMap();
  let pos = 0;
  const lineEnd = (from) => {
    const i = StringPrototypeIndexOf(text, '\n', from);
    return i === -1 ? text.length : i;
  };
  while (pos < text.length) {
    while (pos < text.length && isEnvSpace(text[pos])) pos++;
    if (pos >= text.length) break;
    if (text[pos] === '#') {
      pos = lineEnd(pos) + 1;
      continue;
    }
    const eq = StringPrototypeIndexOf(text, '=', pos);
    if (eq === -1) break;
    const nl = lineEnd(pos);
    if (nl < eq) {
      pos = nl + 1; // a line without '='
      continue;
    }
    let key = StringPrototypeTrim(StringPrototypeSlice(text, pos, eq));
    pos = eq + 1;
    if (StringPrototypeStartsWith(key, 'export ')) key = StringPrototypeTrim(StringPrototypeSlice(key, 7));
    if (key === '') {
      pos = lineEnd(pos) + 1;
      continue;
    }
    while (pos < text.length && (text[pos] === ' ' || text[pos] === '\t')) pos++;
    const quote = text[pos];
    let value;
    const close = quote === '"' || quote === "'" || quote === '`' ?
      StringPrototypeIndexOf(text, quote, pos + 1) : -1;
    if (close !== -1) {
      value = StringPrototypeSlice(text, pos + 1, close);
      if (quote === '"') value = StringPrototypeReplaceAll(value, '\\n', '\n');
      pos = lineEnd(close) + 1;
    } else {
      const end = lineEnd(pos);
      value = StringPrototypeSlice(text, pos, end);
      if (quote !== '"' && quote !== "'" && quote !== '`') {
        const hash = StringPrototypeIndexOf(value, '#');
        if (hash !== -1) value = StringPrototypeSlice(value, 0, hash);
      }
      value = StringPrototypeTrim(value);
      pos = end + 1;
    }
    values.set(key, value);
  }
  const result = {};
  const keys = ArrayPrototypeSort([...values.keys()]);
  for (let i = 0; i < keys.length; i++) result[keys[i]] = values.get(keys[i]);
  return result;
}

function isEnvSpace(c) {
  return c === ' ' || c === '\t' || c === '\n';
}

module.exports = { aborted, diff, getCallSites, parseEnv, styleText };
