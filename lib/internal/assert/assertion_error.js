'use strict';
// assert.AssertionError and the messages Node 24 generates for failed assertions:
// one-line "a !== b" for short primitives, "+ actual - expected" line diffs of the
// inspected values (Myers diff, long unchanged runs collapsed), a caret under the first
// differing column of one-line values, and the "not"/loose/legacy wordings.

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  Error,
  ErrorCaptureStackTrace,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  ObjectPrototypeHasOwnProperty,
  String,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SymbolFor,
} = primordials;

const kInspectCustom = SymbolFor('nodejs.util.inspect.custom');

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const {
  myersDiff,
  printMyersDiff,
  printSimpleMyersDiff,
} = require('internal/assert/myers_diff');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Inspected values whose combined length stays within this are shown as "a !== b".
const kMaxShortStringLength = 12;
// Longer renderings are cut in the legacy (loose) messages.
const kMaxLongStringLength = 512;

// ANSI colors, used only when stderr is a terminal that supports them
// (re-read for every error, as the environment can change).
const colors = {
  __proto__: null,
  hasColors: false,
  blue: '',
  green: '',
  white: '',
  red: '',
  gray: '',
  refresh() {
    let has = false;
    try {
      const stderr = process.stderr;
      if (stderr?.isTTY && typeof stderr.hasColors === 'function') has = !!stderr.hasColors();
    } catch {
      has = false;
    }
    this.hasColors = has;
    this.blue = has ? '\u001b[34m' : '';
    this.green = has ? '\u001b[32m' : '';
    this.white = has ? '\u001b[39m' : '';
    this.red = has ? '\u001b[31m' : '';
    this.gray = has ? '\u001b[90m' : '';
  },
};

function terminalWidth() {
  try {
    const stderr = process.stderr;
    if (stderr?.isTTY) return stderr.columns;
  } catch {
    // Fall through to the default width.
  }
  return 80;
}

function inspectValue(val) {
  // Everything, sorted, on separate lines: the best input for a line diff.
  return lazyInspect().inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isErrorLike(value) {
  if (value === null || typeof value !== 'object') return false;
  return value instanceof Error ||
    primordials.ObjectPrototypeToString(value) === '[object Error]';
}

// A stack-less stand-in for an error, so that diffs of two errors do not show stacks.
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  if (source.cause !== undefined) {
    let cause = source.cause;
    if (isErrorLike(cause)) cause = copyError(cause);
    ObjectDefineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

function checkOperator(actual, expected, operator) {
  // Objects (or functions) compared by strictEqual are compared by reference.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    return 'strictEqualObject';
  }
  return operator;
}

function getSimpleDiff(originalActual, actual, originalExpected, expected) {
  let stringsLen = actual.length + expected.length;
  // The quotes of strings do not count towards the "short" limit.
  if (typeof originalActual === 'string') stringsLen -= 2;
  if (typeof originalExpected === 'string') stringsLen -= 2;
  if (stringsLen <= kMaxShortStringLength && (originalActual !== 0 || originalExpected !== 0)) {
    return { message: `${actual} !== ${expected}`, header: '' };
  }
  if (colors.hasColors && typeof originalActual === 'string' &&
      typeof originalExpected === 'string') {
    const diff = myersDiff(actual, expected);
    return {
      message: printSimpleMyersDiff(diff, colors),
      header: `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`,
    };
  }
  let message = `${colors.green}+${colors.white} ${actual}\n` +
    `${colors.red}- ${colors.white}${expected}`;
  // Point at the first difference when both fit on one terminal line.
  if (actual !== expected && actual.length + expected.length <= terminalWidth()) {
    let i = 0;
    while (i < actual.length && i < expected.length && actual[i] === expected[i]) i++;
    if (i > 2) message += `\n${StringPrototypeRepeat(' ', i + 2)}^`;
  }
  return { message };
}

function isSimpleDiff(actual, inspectedActual, expected, inspectedExpected) {
  if (inspectedActual.length > 1 || inspectedExpected.length > 1) return false;
  return typeof actual !== 'object' || actual === null ||
    typeof expected !== 'object' || expected === null;
}

function createErrDiff(actual, expected, operator, customMessage, diffType) {
  operator = checkOperator(actual, expected, operator);
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  if (typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null &&
      inspectedActual === inspectedExpected) {
    // Nothing to diff: the values only differ in what inspection cannot show.
    return `${customMessage || kReadableOperator.notIdentical}\n\n${inspectedActual}\n`;
  }
  const splitActual = StringPrototypeSplit(inspectedActual, '\n');
  const splitExpected = StringPrototypeSplit(inspectedExpected, '\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let message;
  let skipped = false;
  if (isSimpleDiff(actual, splitActual, expected, splitExpected)) {
    const simple = getSimpleDiff(actual, splitActual[0], expected, splitExpected[0]);
    // "a !== b" goes right below the (then empty) header; +/- lines leave a blank line.
    message = simple.header === undefined ? `\n${simple.message}` : simple.message;
    if (simple.header !== undefined) header = simple.header;
  } else {
    const checkCommaDisparity = actual != null && typeof actual === 'object';
    const diff = myersDiff(splitActual, splitExpected, checkCommaDisparity);
    const printed = printMyersDiff(diff, colors, operator === 'partialDeepStrictEqual');
    message = printed.message;
    skipped = printed.skipped;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ` +
        `${colors.red}- expected${colors.white}`;
    }
  }
  const headerMessage = `${customMessage || kReadableOperator[operator]}\n${header}`;
  const skippedMessage = skipped ? '\n... Skipped lines' : '';
  return `${headerMessage}${skippedMessage}\n${message}\n`;
}

function addEllipsis(string) {
  const lines = StringPrototypeSplit(string, '\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${ArrayPrototypeJoin(lines, '\n')}\n...`;
  } else if (string.length > kMaxLongStringLength) {
    // Node keeps the tail past the limit here; match what it prints.
    return `${StringPrototypeSlice(string, kMaxLongStringLength)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const {
      message,
      operator,
      stackStartFn,
      details,
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    const limit = Error.stackTraceLimit;
    setStackTraceLimit(0);

    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        colors.refresh();
        super(createErrDiff(actual, expected, operator, message, diff));
      } else {
        super(String(message));
      }
    } else {
      colors.refresh();
      // Two errors are shown without their stacks.
      if (isErrorLike(actual) && isErrorLike(expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        super(createErrDiff(actual, expected, operator, message, diff));
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        // The values are equal where they must not be: show one of them.
        let base = kReadableOperator[operator];
        const res = StringPrototypeSplit(inspectValue(actual), '\n');
        if (operator === 'notStrictEqual' &&
            ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
          base = kReadableOperator.notStrictEqualObject;
        }
        if (res.length > 50 && diff !== 'full') {
          res[46] = `${colors.blue}...${colors.white}`;
          while (res.length > 47) ArrayPrototypePop(res);
        }
        if (res.length === 1) {
          super(`${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`);
        } else {
          super(`${base}\n\n${ArrayPrototypeJoin(res, '\n')}\n`);
        }
      } else {
        let res = inspectValue(actual);
        let other = inspectValue(expected);
        const knownOperator = kReadableOperator[operator];
        if (operator === 'notDeepEqual' && res === other) {
          res = `${knownOperator}\n\n${res}`;
          if (res.length > 1024 && diff !== 'full') {
            res = `${StringPrototypeSlice(res, 0, 1021)}...`;
          }
          super(res);
        } else {
          if (diff !== 'full') {
            if (res.length > kMaxLongStringLength) {
              res = `${StringPrototypeSlice(res, 0, kMaxLongStringLength - 3)}...`;
            }
            if (other.length > kMaxLongStringLength) {
              other = `${StringPrototypeSlice(other, 0, kMaxLongStringLength - 3)}...`;
            }
          }
          if (operator === 'deepEqual') {
            res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
          } else {
            const newOp = kReadableOperator[`${operator}Unequal`];
            if (newOp) {
              res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
            } else {
              other = ` ${operator} ${other}`;
            }
          }
          super(`${res}${other}`);
        }
      }
    }

    setStackTraceLimit(limit);

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    ErrorCaptureStackTrace(this, stackStartFn || AssertionError);
    fixStackHeader(this);
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspectCustom](recurseTimes, ctx) {
    // Long strings are shortened and the compared values shown one level deep only:
    // the message already holds the full comparison.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = lazyInspect().inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

function setStackTraceLimit(value) {
  // Only touch it where it is a plain writable property (frozen intrinsics may forbid it).
  const desc = primordials.ObjectGetOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) {
    if (primordials.ObjectIsExtensible(Error)) Error.stackTraceLimit = value;
  } else if (ObjectPrototypeHasOwnProperty(desc, 'writable') ? desc.writable : desc.set !== undefined) {
    Error.stackTraceLimit = value;
  }
}

// The stack's first line reads "AssertionError [ERR_ASSERTION]: message", as in Node,
// whether or not the engine formats the header when the stack is captured.
function fixStackHeader(error) {
  const stack = error.stack;
  if (typeof stack !== 'string') return;
  const header = `AssertionError [ERR_ASSERTION]: ${error.message}`;
  if (StringPrototypeSlice(stack, 0, header.length) === header) return;
  const at = primordials.StringPrototypeIndexOf(stack, '\n    at ');
  const rest = at === -1 ? '' : StringPrototypeSlice(stack, at);
  ObjectDefineProperty(error, 'stack', {
    __proto__: null, value: `${header}${rest}`, writable: true, configurable: true, enumerable: false,
  });
}

module.exports = AssertionError;
