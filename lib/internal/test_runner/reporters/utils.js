'use strict';
// What the text reporters share: symbols, colours, durations and error text as Node prints them.

const {
  ArrayPrototypeJoin,
  RegExpPrototypeSymbolSplit,
} = primordials;

const { inspect } = require('internal/util/inspect');

const symbols = {
  __proto__: null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:coverage': '\u2139 ',
  'arrow:right': '\u25b6 ',
  'hyphen:minus': '\ufe63 ',
  'warning:alert': '\u26a0 ',
};

// Colours only when the destination is a terminal that has them, as Node decides.
function colorsFor(stream) {
  const on = stream?.isTTY === true && typeof stream.hasColors === 'function' && stream.hasColors();
  const c = (code) => (on ? `\u001b[${code}m` : '');
  return {
    __proto__: null,
    blue: c(34), green: c(32), red: c(31), gray: c(90), yellow: c(33), white: c(39), reset: on ? '\u001b[39m' : '',
    enabled: on,
  };
}

function isError(value) {
  return require('internal/util/types').isNativeError(value) || value instanceof Error;
}

const inspectOptions = { __proto__: null, colors: false, breakLength: Infinity };

// The error under a test's line: a wrapped test failure shows what the test threw.
function formatError(error, indent) {
  if (!error) return '';
  const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const text = inspect(err, inspectOptions);
  const message = ArrayPrototypeJoin(RegExpPrototypeSymbolSplit(/\r?\n/, text), `\n${indent}  `);
  return `\n${indent}  ${message}\n`;
}

function indentFor(nesting) {
  return '  '.repeat(nesting);
}

function directive(data) {
  if (data.skip !== undefined) return ` # ${data.skip === true ? 'SKIP' : data.skip}`;
  if (data.todo !== undefined) return ` # ${data.todo === true ? 'TODO' : data.todo}`;
  return '';
}

function duration(data) {
  const ms = data.details?.duration_ms;
  return ms === undefined ? '' : ` (${ms}ms)`;
}

// One test's line: symbol, name, duration, directive (what spec and dot print).
function formatTestReport(type, data, colors, prefix = '', indent = '', hasChildren = false, showError = true) {
  let color = colors.blue;
  let symbol = symbols['test:diagnostic'];
  if (data.skip !== undefined) {
    color = colors.gray;
    symbol = symbols['hyphen:minus'];
  } else if (data.todo !== undefined) {
    color = colors.gray;
    symbol = type === 'test:fail' ? symbols['warning:alert'] : symbols['test:pass'];
    if (type === 'test:fail') color = colors.yellow;
  } else if (type === 'test:pass') {
    color = colors.green;
    symbol = symbols['test:pass'];
  } else if (type === 'test:fail') {
    color = colors.red;
    symbol = symbols['test:fail'];
  }
  const error = showError ? formatError(data.details?.error, indent) : '';
  const err = hasChildren ? (data.details?.error?.failureType === 'subtestsFailed' ? '' : error) : error;
  return `${prefix}${indent}${color}${symbol}${data.name}${duration(data)}${directive(data)}${colors.white}${err ? '' : '\n'}${err}`;
}

module.exports = { isError, colorsFor, directive, duration, formatError, formatTestReport, indentFor, symbols };
