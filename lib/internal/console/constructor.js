'use strict';
// The Console class and every console method, formatting through util.formatWithOptions.

const {
  ArrayIsArray,
  ArrayPrototypeIncludes,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  Error,
  ErrorCaptureStackTrace,
  FunctionPrototypeBind,
  MathFloor,
  Number,
  NumberPrototypeToFixed,
  ObjectDefineProperty,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ReflectOwnKeys,
  SafeMap,
  StringPrototypeIncludes,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  Symbol,
  SymbolHasInstance,
  SymbolToStringTag,
} = primordials;

const { codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kCounts = Symbol('counts');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kTimers = Symbol('kTimers');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kInspectOptions = Symbol('kInspectOptions');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kWriteDirect = Symbol('kWriteDirect');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: err = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!err || typeof err.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  initConsole(this, () => stdout, () => err, colorMode, inspectOptions, groupIndentation);
  bindMethods(this);
}

function initConsole(self, getStdout, getStderr, colorMode, inspectOptions, groupIndentation) {
  ObjectDefineProperty(self, kStdout, { __proto__: null, get: getStdout, configurable: true });
  ObjectDefineProperty(self, kStderr, { __proto__: null, get: getStderr, configurable: true });
  self[kColorMode] = colorMode;
  self[kInspectOptions] = inspectOptions;
  self[kCounts] = new SafeMap();
  self[kTimers] = new SafeMap();
  self[kGroupIndent] = '';
  self[kGroupIndentationWidth] = groupIndentation;
  self[kIsConsole] = true;
}

function bindMethods(self) {
  for (const key of ReflectOwnKeys(consoleMethods)) {
    const value = FunctionPrototypeBind(consoleMethods[key], self);
    ObjectDefineProperty(value, 'name', { __proto__: null, value: key });
    ObjectDefineProperty(self, key, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  }
}

ObjectDefineProperty(Console, SymbolHasInstance, {
  __proto__: null,
  value(instance) { return instance !== null && typeof instance === 'object' && instance[kIsConsole] === true; },
});

// The global console: streams looked up on each write.
Console[kBindStreamsLazy] = function() {
  const console = {};
  initConsole(console, () => process.stdout, () => process.stderr, 'auto', undefined, 2);
  console[kWriteDirect] = require('internal/bootstrap/process_object').writeStdioDirect;
  bindMethods(console);
  ObjectDefineProperty(console, 'Console', { __proto__: null, value: Console, writable: true, enumerable: true, configurable: true });
  for (const key of ['profile', 'profileEnd', 'timeStamp', 'context', 'createTask']) {
    ObjectDefineProperty(console, key, {
      __proto__: null, writable: true, enumerable: true, configurable: true,
      value: key === 'context' ? function context() { return console; } :
        key === 'createTask' ? function createTask() { return { run: (fn) => fn() }; } :
          function() {},
    });
  }
  ObjectDefineProperty(console, SymbolToStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
  return console;
};

function useColors(self, stream) {
  const mode = self[kColorMode];
  if (mode !== 'auto') return mode;
  if (!stream?.isTTY) return false;
  if ('NO_COLOR' in process.env || process.env.NODE_DISABLE_COLORS !== undefined) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

// util.format would only join these: strings, with no format directives to apply (the first
// string's %s are directives only when more arguments follow). Skipping it keeps hello world
// from loading util.inspect.
function plainStrings(args) {
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return args.length < 2 || !StringPrototypeIncludes(args[0], '%');
}

function formatArgs(self, useStdout, args) {
  if (plainStrings(args)) return ArrayPrototypeJoin(args, ' ');
  const stream = useStdout ? self[kStdout] : self[kStderr];
  const opts = self[kInspectOptions];
  const colors = useColors(self, stream);
  const { formatWithOptions } = lazyInspect();
  if (opts) {
    if (opts.colors === undefined) return formatWithOptions({ ...opts, colors }, ...args);
    return formatWithOptions(opts, ...args);
  }
  return formatWithOptions(colors ? { colors } : {}, ...args);
}

function write(self, useStdout, string) {
  const indent = self[kGroupIndent];
  if (indent.length !== 0) {
    if (StringPrototypeIncludes(string, '\n')) string = StringPrototypeReplaceAll(string, '\n', `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  if (self[kWriteDirect]?.(useStdout ? 1 : 2, string)) return;
  const stream = useStdout ? self[kStdout] : self[kStderr];
  try {
    stream.write(string);
  } catch (e) {
    // Node ignores errors on console streams (ignoreErrors: true), except stack overflows.
    if (e?.name === 'RangeError' && e.message.includes('call stack')) throw e;
  }
}

function timeLabel(label) {
  return label === undefined ? 'default' : `${label}`;
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = MathFloor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = MathFloor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const parts = [hours, minutes, NumberPrototypeToFixed(seconds, 3)];
    const pad = (n) => (`${n}`.length < 2 ? `0${n}` : `${n}`);
    return `${pad(parts[0])}:${pad(parts[1])}:${seconds < 10 ? '0' : ''}${parts[2]} (h:mm:ss.mmm)`.replace(/^0(\d):/, '$1:');
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

const consoleMethods = {
  log(...args) { write(this, true, formatArgs(this, true, args)); },
  info(...args) { write(this, true, formatArgs(this, true, args)); },
  debug(...args) { write(this, true, formatArgs(this, true, args)); },
  warn(...args) { write(this, false, formatArgs(this, false, args)); },
  error(...args) { write(this, false, formatArgs(this, false, args)); },
  dir(object, options) {
    const { inspect } = lazyInspect();
    write(this, true, inspect(object, { customInspect: false, ...this[kInspectOptions], ...options }));
  },
  time(label = 'default') {
    label = timeLabel(label);
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = timeLabel(label);
    if (logTime(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    logTime(this, 'timeLog', timeLabel(label), data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: formatArgs(this, false, args) };
    ErrorCaptureStackTrace(err, consoleMethods.trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      this.warn(...args);
    }
  },
  clear() {
    const stream = this[kStdout];
    if (stream?.isTTY && process.env.TERM !== 'dumb') stream.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += StringPrototypeRepeat(' ', this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !ArrayIsArray(properties)) {
      throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(renderTable(tabularData, properties));
  },
};
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.groupCollapsed = consoleMethods.group;

function logTime(self, name, label, data) {
  const start = self[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined || data.length === 0) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

function renderTable(tabularData, properties) {
  const { inspect } = lazyInspect();
  const table = require('internal/cli_table');
  const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');
  const fmt = (v) => inspect(v, { depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false });
  const indexKey = '(index)';
  const iterKey = '(iteration index)';
  const valuesKey = 'Values';
  if (isMap(tabularData) || isMapIterator(tabularData)) {
    const keys = [];
    const values = [];
    const idx = [];
    let i = 0;
    for (const [k, v] of tabularData) {
      ArrayPrototypePush(idx, `${i++}`);
      ArrayPrototypePush(keys, fmt(k));
      ArrayPrototypePush(values, fmt(v));
    }
    return table([iterKey, 'Key', valuesKey], [idx, keys, values]);
  }
  if (isSet(tabularData) || isSetIterator(tabularData)) {
    const values = [];
    const idx = [];
    let i = 0;
    for (const v of tabularData) {
      ArrayPrototypePush(idx, `${i++}`);
      ArrayPrototypePush(values, fmt(v));
    }
    return table([iterKey, valuesKey], [idx, values]);
  }
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesKeyArray = [];
  const indexKeyArray = ObjectKeys(tabularData);
  for (let i = 0; i < indexKeyArray.length; i++) {
    const item = tabularData[indexKeyArray[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesKeyArray[i] = fmt(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !ObjectPrototypeHasOwnProperty(item, key)) map[key][i] = '';
        else map[key][i] = fmt(item[key]);
      }
    }
  }
  const keys = ObjectKeys(map);
  const values = keys.map((k) => map[k]);
  if (hasPrimitives) {
    ArrayPrototypePush(keys, valuesKey);
    ArrayPrototypePush(values, valuesKeyArray);
  }
  return table([indexKey, ...keys], [indexKeyArray, ...values]);
}

module.exports = { Console, kBindStreamsLazy };
