'use strict';
// The TAP version 13 reporter, with Node's YAML blocks (duration, type, location, error).

const {
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ObjectEntries,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit,
  SafeSet,
  StringPrototypeReplaceAll,
} = primordials;

const { inspect } = require('internal/util/inspect');
const { isError } = require('internal/test_runner/reporters/utils');

const kLineBreak = /\r?\n/;
const kFrameStart = /^ {4}at /;
// Failures that wrap what user code threw: TAP shows the original error.
const kUnwrap = new SafeSet(['testCodeFailure', 'hookFailed', 'uncaughtException', 'unhandledRejection']);

function indent(nesting) {
  return '    '.repeat(nesting);
}

function tapEscape(text) {
  let s = StringPrototypeReplaceAll(`${text}`, '\\', '\\\\');
  s = StringPrototypeReplaceAll(s, '#', '\\#');
  s = StringPrototypeReplaceAll(s, '\b', '\\b');
  s = StringPrototypeReplaceAll(s, '\f', '\\f');
  s = StringPrototypeReplaceAll(s, '\t', '\\t');
  s = StringPrototypeReplaceAll(s, '\n', '\\n');
  s = StringPrototypeReplaceAll(s, '\r', '\\r');
  s = StringPrototypeReplaceAll(s, '\v', '\\v');
  return s;
}

function reportTest(nesting, number, status, name, skip, todo) {
  let line = `${indent(nesting)}${status} ${number}`;
  if (name) line += ` - ${tapEscape(`${name}`)}`;
  if (skip !== undefined) line += ` # SKIP${typeof skip === 'string' && skip.length ? ` ${tapEscape(skip)}` : ''}`;
  else if (todo !== undefined) line += ` # TODO${typeof todo === 'string' && todo.length ? ` ${tapEscape(todo)}` : ''}`;
  return `${line}\n`;
}

function reportDetails(nesting, details = { __proto__: null }, location) {
  const pad = indent(nesting);
  let out = `${pad}  ---\n`;
  out += toYaml(pad, 'duration_ms', details.duration_ms);
  out += toYaml(pad, 'type', details.type);
  if (location) out += toYaml(pad, 'location', location);
  out += toYaml(pad, null, details.error, new SafeSet());
  out += `${pad}  ...\n`;
  return out;
}

function isAssertionLike(value) {
  return value !== null && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

function toYaml(pad, key, value, seen) {
  if (value === undefined) return '';
  if (value === null || typeof value !== 'object') {
    if (typeof value !== 'string') return `${pad}  ${key}: ${inspect(value)}\n`;
    const lines = RegExpPrototypeSymbolSplit(kLineBreak, value);
    if (lines.length === 1) return `${pad}  ${key}: ${inspect(value)}\n`;
    let out = `${pad}  ${key}: |-\n`;
    for (let i = 0; i < lines.length; i++) out += `${pad}    ${lines[i]}\n`;
    return out;
  }
  seen.add(value);
  const entries = ObjectEntries(value);
  const errorObject = isError(value);
  let propsPad = pad;
  let out = '';
  if (key !== null) {
    out += `${pad}  ${key}:\n`;
    propsPad += '  ';
  }
  for (let i = 0; i < entries.length; i++) {
    const { 0: k, 1: v } = entries[i];
    if (errorObject && (k === 'cause' || k === 'code')) continue;
    if (seen.has(v)) {
      out += `${propsPad}  ${k}: <Circular>\n`;
      continue;
    }
    out += toYaml(propsPad, k, v, seen);
  }
  if (errorObject) {
    const { cause, code, failureType, message, stack, name } = value;
    let errMsg = message ?? '<unknown error>';
    let errName = name;
    let errStack = stack;
    let errCode = code;
    let expected;
    let actual;
    let operator;
    let assertion = false;
    if (code === 'ERR_TEST_FAILURE' && kUnwrap.has(failureType)) {
      errStack = cause?.stack ?? errStack;
      errCode = cause?.code ?? errCode;
      errName = cause?.name ?? errName;
      errMsg = cause?.message ?? errMsg;
      if (isAssertionLike(cause)) {
        expected = cause.expected;
        actual = cause.actual;
        operator = cause.operator;
        assertion = true;
      }
    }
    out += toYaml(propsPad, 'error', errMsg, seen);
    if (errCode) out += toYaml(propsPad, 'code', errCode, seen);
    if (errName && errName !== 'Error') out += toYaml(propsPad, 'name', errName, seen);
    if (assertion) {
      out += toYaml(propsPad, 'expected', expected, seen);
      out += toYaml(propsPad, 'actual', actual, seen);
      if (operator) out += toYaml(propsPad, 'operator', operator, seen);
    }
    if (typeof errStack === 'string') {
      const frames = [];
      const lines = RegExpPrototypeSymbolSplit(kLineBreak, errStack);
      for (let i = 0; i < lines.length; i++) {
        const processed = RegExpPrototypeSymbolReplace(kFrameStart, lines[i], '');
        if (processed.length > 0 && processed.length !== lines[i].length) ArrayPrototypePush(frames, processed);
      }
      if (frames.length > 0) {
        const delimiter = `\n${propsPad}    `;
        out += `${propsPad}  stack: |-${delimiter}${ArrayPrototypeJoin(frames, delimiter)}\n`;
      }
    }
  }
  return out;
}

module.exports = async function* tapReporter(source) {
  yield 'TAP version 13\n';
  for await (const { type, data } of source) {
    switch (type) {
      case 'test:fail': {
        yield reportTest(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo);
        const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
        yield reportDetails(data.nesting, data.details, location);
        break;
      }
      case 'test:pass':
        yield reportTest(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo);
        yield reportDetails(data.nesting, data.details, null);
        break;
      case 'test:plan':
        yield `${indent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        yield `${indent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:stderr':
      case 'test:stdout': {
        const lines = RegExpPrototypeSymbolSplit(kLineBreak, data.message);
        for (let i = 0; i < lines.length; i++) {
          if (lines[i].length === 0) continue;
          yield `# ${tapEscape(lines[i])}\n`;
        }
        break;
      }
      case 'test:diagnostic':
        yield `${indent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
    }
  }
};
