'use strict';
// util.inspect / util.format for node4j. The output is Node 24's, byte for byte; the code is our own,
// written from Node's documentation and from observing reference Node.
//
// Engine facts JavaScript cannot see (a promise's state, a proxy's target, what is left in a Map
// iterator, the internal kind of an object) come from internalBinding('util'), see
// runtime/src/main/java/org/node4j/binding/UtilBinding.java.

const {
  Array,
  ArrayIsArray,
  ArrayPrototypeFilter,
  ArrayPrototypeIncludes,
  ArrayPrototypeIndexOf,
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  ArrayPrototypePop,
  ArrayPrototypePush,
  ArrayPrototypePushApply,
  ArrayPrototypeSlice,
  ArrayPrototypeSort,
  ArrayPrototypeSplice,
  ArrayPrototypeUnshift,
  ArrayBufferPrototypeGetByteLength,
  BigIntPrototypeValueOf,
  BooleanPrototypeValueOf,
  DataViewPrototypeGetByteLength,
  DatePrototypeGetTime,
  DatePrototypeToISOString,
  DatePrototypeToString,
  Error,
  ErrorPrototypeToString,
  FunctionPrototypeBind,
  FunctionPrototypeCall,
  FunctionPrototypeToString,
  JSONStringify,
  MapPrototypeEntries,
  MapPrototypeGetSize,
  MathFloor,
  MathMax,
  MathMin,
  MathRound,
  MathSqrt,
  MathTrunc,
  Number,
  NumberIsFinite,
  NumberIsNaN,
  NumberParseFloat,
  NumberParseInt,
  NumberPrototypeToString,
  NumberPrototypeValueOf,
  Object,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetOwnPropertyDescriptor,
  ObjectGetOwnPropertyNames,
  ObjectGetOwnPropertySymbols,
  ObjectGetPrototypeOf,
  ObjectIs,
  ObjectKeys,
  ObjectPrototypeHasOwnProperty,
  ObjectPrototypePropertyIsEnumerable,
  ObjectSetPrototypeOf,
  ReflectOwnKeys,
  RegExp,
  RegExpPrototypeExec,
  RegExpPrototypeGetSource,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit,
  RegExpPrototypeToString,
  SafeMap,
  SafeSet,
  SetPrototypeGetSize,
  SetPrototypeValues,
  SharedArrayBufferPrototypeGetByteLength,
  String,
  StringPrototypeCharCodeAt,
  StringPrototypeCodePointAt,
  StringPrototypeEndsWith,
  StringPrototypeIncludes,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeNormalize,
  StringPrototypePadEnd,
  StringPrototypePadStart,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
  StringPrototypeToLowerCase,
  StringPrototypeTrim,
  StringPrototypeValueOf,
  SymbolFor,
  SymbolIterator,
  SymbolPrototypeGetDescription,
  SymbolPrototypeToString,
  SymbolPrototypeValueOf,
  SymbolToPrimitive,
  SymbolToStringTag,
  TypedArrayPrototypeGetLength,
  TypedArrayPrototypeGetSymbolToStringTag,
  Uint8Array,
  WeakMapPrototypeHas,
  WeakSetPrototypeHas,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');

const binding = internalBinding('util');

// ---------------------------------------------------------------------------------------------
// Engine questions.

// Kinds of objects, as UtilBinding.typeTag numbers them.
const kOther = 0;
const kArray = 1;
const kFunction = 2;
const kMap = 3;
const kSet = 4;
const kWeakMap = 5;
const kWeakSet = 6;
const kMapIterator = 7;
const kSetIterator = 8;
const kPromise = 9;
const kProxy = 10;
const kDate = 11;
const kRegExp = 12;
const kError = 13;
const kArrayBuffer = 14;
const kSharedArrayBuffer = 15;
const kDataView = 16;
const kTypedArray = 17;
const kNumberObject = 18;
const kStringObject = 19;
const kBooleanObject = 20;
const kBigIntObject = 21;
const kSymbolObject = 22;
const kArguments = 23;
const kModuleNamespace = 24;

// Promise states (v8::Promise::PromiseState).
const kPending = 0;
const kRejected = 2;

// Property filters (v8::PropertyFilter).
const ALL_PROPERTIES = 0;
const ONLY_ENUMERABLE = 2;

const typeTag = binding.typeTag !== undefined ?
  (value) => binding.typeTag(value) :
  fallbackTypeTag;

// Only used when the binding cannot classify objects: brand checks that have no side effects.
function brand(fn, value) {
  try {
    fn(value);
    return true;
  } catch {
    return false;
  }
}
function fallbackTypeTag(value) {
  if (binding.isProxy?.(value)) return kProxy;
  if (ArrayIsArray(value)) return kArray;
  if (typeof value === 'function') return kFunction;
  if (brand(MapPrototypeGetSize, value)) return kMap;
  if (brand(SetPrototypeGetSize, value)) return kSet;
  if (TypedArrayPrototypeGetSymbolToStringTag(value) !== undefined) return kTypedArray;
  if (binding.isPromise?.(value)) return kPromise;
  if (binding.isNativeError?.(value)) return kError;
  if (brand(DatePrototypeGetTime, value)) return kDate;
  if (brand(NumberPrototypeValueOf, value)) return kNumberObject;
  if (brand(StringPrototypeValueOf, value)) return kStringObject;
  if (brand(BooleanPrototypeValueOf, value)) return kBooleanObject;
  if (brand(BigIntPrototypeValueOf, value)) return kBigIntObject;
  if (brand(SymbolPrototypeValueOf, value)) return kSymbolObject;
  if (brand(DataViewPrototypeGetByteLength, value)) return kDataView;
  if (brand(RegExpPrototypeGetSource, value) && value !== RegExp.prototype) return kRegExp;
  if (brand(ArrayBufferPrototypeGetByteLength, value)) return kArrayBuffer;
  if (brand(SharedArrayBufferPrototypeGetByteLength, value)) return kSharedArrayBuffer;
  if (brand((v) => WeakMapPrototypeHas(v, WeakMapPrototypeHas), value)) return kWeakMap;
  if (brand((v) => WeakSetPrototypeHas(v, WeakSetPrototypeHas), value)) return kWeakSet;
  if (binding.isMapIterator?.(value)) return kMapIterator;
  if (binding.isSetIterator?.(value)) return kSetIterator;
  if (binding.isArgumentsObject?.(value)) return kArguments;
  if (binding.isModuleNamespaceObject?.(value)) return kModuleNamespace;
  return kOther;
}

function getProxyDetails(value, full) {
  return binding.getProxyDetails(value, full);
}

function isError(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  if (typeTag(value) === kError) return true;
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

function isAsyncFunction(fn) {
  return binding.isAsyncFunction !== undefined && binding.isAsyncFunction(fn);
}

function isGeneratorFunction(fn) {
  return binding.isGeneratorFunction !== undefined && binding.isGeneratorFunction(fn);
}

// The global names Node's startup snapshot has (Node computes this list from the pristine global
// object; later additions such as SharedArrayBuffer, WebAssembly or Float16Array are not in it).
// Prototypes of these are not listed with showHidden, and `%s` trusts their toString.
const builtInObjects = new SafeSet([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError',
  'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Atomics',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'BigUint64Array', 'BigInt64Array', 'Uint8ClampedArray', 'Float32Array', 'Float64Array',
  'DataView', 'Map', 'BigInt', 'Set', 'Iterator', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef',
]);

// ---------------------------------------------------------------------------------------------
// Options, colors and styles.

const inspectDefaultOptions = {
  __proto__: null,
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
// Node's object has Object.prototype; keep the shape but restore that.
ObjectSetPrototypeOf(inspectDefaultOptions, Object.prototype);

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineWidth = 16;

const customInspectSymbol = SymbolFor('nodejs.util.inspect.custom');

// Lines that start a stack frame in a V8-style stack.
const kStackFrameStart = '\n    at';

function validateObjectLike(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

/**
 * Returns a string representation of `value`, meant for debugging.
 * Legacy signature: inspect(value, showHidden, depth, colors).
 */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  const argc = arguments.length;
  if (argc > 1) {
    if (argc > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (argc > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const names = ObjectKeys(opts);
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (ObjectPrototypeHasOwnProperty(inspectDefaultOptions, name) || name === 'stylize') {
          ctx[name] = opts[name];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

ObjectDefineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObjectLike(options, 'options');
    return ObjectAssign(inspectDefaultOptions, options);
  },
});

// SGR codes: [open, close].
inspect.colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
};

// Aliases are non-enumerable accessors, so listing the colors shows each code once.
function defineColorAlias(target, alias) {
  ObjectDefineProperty(inspect.colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// Which color each kind of token gets ('name' for plain keys is intentionally unstyled).
inspect.styles = ObjectAssign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// The options object a custom inspect function receives.
function getUserOptions(ctx, isCrossContext) {
  const options = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // The receiver may come from another realm (or be a proxy): hand it nothing it could use to
    // reach our objects.
    ObjectSetPrototypeOf(options, null);
    const names = ObjectKeys(options);
    for (let i = 0; i < names.length; i++) {
      const v = options[names[i]];
      if ((typeof v === 'object' || typeof v === 'function') && v !== null) {
        delete options[names[i]];
      }
    }
    const stylize = ctx.stylize;
    options.stylize = ObjectSetPrototypeOf((text, styleType) => {
      let out;
      try {
        out = `${stylize(text, styleType)}`;
      } catch {
        // Fall through to the plain text.
      }
      return typeof out === 'string' ? out : text;
    }, null);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Strings.

// Escape sequences for code units 0x00-0x9f that need one (undefined = printed as is).
const escapes = new Array(160);
for (let c = 0; c < 0x20; c++) {
  escapes[c] = `\\x${StringPrototypePadStart(NumberPrototypeToString(c, 16).toUpperCase(), 2, '0')}`;
}
for (let c = 0x7f; c < 0xa0; c++) {
  escapes[c] = `\\x${NumberPrototypeToString(c, 16).toUpperCase()}`;
}
escapes[8] = '\\b';
escapes[9] = '\\t';
escapes[10] = '\\n';
escapes[12] = '\\f';
escapes[13] = '\\r';
escapes[92] = '\\\\';

// Does the string contain something that must be escaped (besides the quote)?
const needsEscapeRegExp =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// Escape control characters, backslashes, lone surrogates and `quote` (a char code, or -1).
function escapeChars(str, quote) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0xa0) {
      if (c === quote) {
        out += `${StringPrototypeSlice(str, last, i)}\\'`;
        last = i + 1;
      } else if (escapes[c] !== undefined) {
        out += StringPrototypeSlice(str, last, i) + escapes[c];
        last = i + 1;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const next = StringPrototypeCharCodeAt(str, i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      out += `${StringPrototypeSlice(str, last, i)}\\u${NumberPrototypeToString(c, 16)}`;
      last = i + 1;
    }
  }
  if (last === 0) return str;
  return out + StringPrototypeSlice(str, last);
}

// Quote a string the way Node prints it: single quotes unless the string contains one, then
// double quotes, then backticks, and escaped single quotes as the last resort.
function strEscape(str) {
  let quote = "'";
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) {
      quote = '"';
    } else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) {
      quote = '`';
    }
  }
  const escapeQuote = quote === "'" ? 39 : -1;
  if (RegExpPrototypeExec(needsEscapeRegExp, str) === null &&
      (escapeQuote === -1 || !StringPrototypeIncludes(str, "'"))) {
    return `${quote}${str}${quote}`;
  }
  return `${quote}${escapeChars(str, escapeQuote)}${quote}`;
}

// Symbols in keys get their description escaped (not quoted).
function symbolKeyText(sym) {
  const text = SymbolPrototypeToString(sym);
  if (RegExpPrototypeExec(needsEscapeRegExp, text) === null) return text;
  return escapeChars(text, -1);
}

// Keys printed without quotes.
const identifierKeyRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

// ---------------------------------------------------------------------------------------------
// Numbers.

function addNumericSeparator(digits) {
  let out = '';
  let i = digits.length;
  const start = StringPrototypeStartsWith(digits, '-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    out = `_${StringPrototypeSlice(digits, i - 3, i)}${out}`;
  }
  return i === digits.length ? digits : `${StringPrototypeSlice(digits, 0, i)}${out}`;
}

function addNumericSeparatorEnd(digits) {
  let out = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) {
    out += `${StringPrototypeSlice(digits, i, i + 3)}_`;
  }
  return i === 0 ? digits : `${out}${StringPrototypeSlice(digits, i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (ObjectIs(number, -0)) return fn('-0', 'number');
  if (!numericSeparator) return fn(`${number}`, 'number');
  const integer = MathTrunc(number);
  const intText = integer === 0 && number < 0 ? '-0' : String(integer);
  if (integer === number) {
    if (!NumberIsFinite(number) || StringPrototypeIncludes(intText, 'e')) {
      return fn(intText, 'number');
    }
    return fn(addNumericSeparator(intText), 'number');
  }
  if (NumberIsNaN(number)) return fn(intText, 'number');
  const full = String(number);
  if (StringPrototypeIncludes(full, 'e')) return fn(full, 'number');
  return fn(`${addNumericSeparator(intText)}.${addNumericSeparatorEnd(
    StringPrototypeSlice(full, intText.length + 1))}`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${addNumericSeparator(text)}n`, 'bigint');
}

// ---------------------------------------------------------------------------------------------
// Primitives.

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = StringPrototypeSlice(value, 0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true &&
          value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings are split after each newline and joined with `+`.
        const lines = RegExpPrototypeSymbolSplit(/(?<=\n)/, value);
        const parts = ArrayPrototypeMap(lines, (line) => fn(strEscape(line), 'string'));
        return ArrayPrototypeJoin(parts, ` +\n${StringPrototypeRepeat(' ', ctx.indentationLvl + 2)}`) +
          trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(SymbolPrototypeToString(value), 'symbol');
  }
}

// ---------------------------------------------------------------------------------------------
// The walk.

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  // What a custom inspect function sees as `this`: the proxy itself, not its target.
  const receiver = value;
  let kind = typeTag(value);

  // Never run proxy traps: inspect the target instead (or show both with showProxy).
  let proxy;
  if (kind === kProxy) {
    proxy = getProxyDetails(value, !!ctx.showProxy);
    // (Node also reads a target whose element 0 is null as revoked.)
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
    kind = typeTag(value);
  }

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' &&
        custom !== inspect &&
        // A prototype object is shown as is, not through its own custom inspector.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(receiver instanceof Object);
      const result = FunctionPrototypeCall(custom, receiver, depth,
                                           getUserOptions(ctx, isCrossContext), inspect);
      if (result !== receiver) {
        if (typeof result !== 'string') {
          return formatValue(ctx, result, recurseTimes);
        }
        return StringPrototypeReplaceAll(result, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
      }
    }
  }

  if (ArrayPrototypeIncludes(ctx.seen, value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new SafeMap();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray, kind);
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const parts = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, parts, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// Is the tag already readable in the constructor name? It is when the name contains it as a word:
// its first occurrence ends the name or is followed by an uppercase letter (MyMap / Map).
function nameShowsTag(constructor, tag) {
  const at = StringPrototypeIndexOf(constructor, tag);
  if (at === -1) return false;
  const end = at + tag.length;
  if (end === constructor.length) return true;
  const next = constructor[end];
  return next !== StringPrototypeToLowerCase(next);
}

// `Foo `, `Foo [tag] `, `[Object: null prototype] `, `Foo(3) ` ...
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag && !nameShowsTag(constructor, tag)) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = ObjectGetOwnPropertySymbols(value);
  if (showHidden) {
    keys = ObjectGetOwnPropertyNames(value);
    if (symbols.length !== 0) ArrayPrototypePushApply(keys, symbols);
  } else {
    try {
      keys = ObjectKeys(value);
    } catch (err) {
      // A module namespace with bindings still in their temporal dead zone.
      if (typeTag(value) !== kModuleNamespace) throw err;
      keys = ObjectGetOwnPropertyNames(value);
    }
    if (symbols.length !== 0) {
      ArrayPrototypePushApply(keys, ArrayPrototypeFilter(symbols,
        (key) => ObjectPrototypePropertyIsEnumerable(value, key)));
    }
  }
  return keys;
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the first constructor up the prototype chain that `obj` is an instance of; null for
// objects whose chain ends before one (null prototype).
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '' &&
        isInstanceof(start, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(desc.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = ObjectGetPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;

  const engineName = binding.getConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${engineName} <Complex prototype>`;
  }
  const protoName = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoName === null) {
    return `${engineName} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${engineName} <${protoName}>`;
}

// With showHidden: the non-function properties user classes put on the prototype chain (up to
// three levels, stopping at built-ins), shown after the own keys.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = ObjectGetPrototypeOf(obj);
      if (obj === null) return;
      const desc = ObjectGetOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          builtInObjects.has(desc.value.name)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new SafeSet();
    } else {
      for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    }
    keys = ReflectOwnKeys(obj);
    ArrayPrototypePush(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' ||
          ObjectPrototypeHasOwnProperty(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = ObjectGetOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const text = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      ArrayPrototypePush(output, ctx.colors ? `\u001b[2m${text}\u001b[22m` : text);
    }
    ArrayPrototypePop(ctx.seen);
  } while (++depth !== 3);
}

// What V8 calls an object without prototype. V8 remembers the constructor an object was made
// with; GraalJS does not, so `[Foo: null prototype]` reads `[Object: null prototype]` here.
// An own enumerable string Symbol.toStringTag names it, as in Node.
function nullPrototypeName(value) {
  const desc = ObjectGetOwnPropertyDescriptor(value, SymbolToStringTag);
  if (desc !== undefined && desc.enumerable && typeof desc.value === 'string' && desc.value !== '') {
    return desc.value;
  }
  return 'Object';
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function formatRaw(ctx, value, recurseTimes, typedArray, kind) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  // Show Symbol.toStringTag only when it is not already printed as a property.
  let tag = value[SymbolToStringTag];
  if (typeof tag !== 'string' ||
      (tag !== '' &&
       (ctx.showHidden ? ObjectPrototypeHasOwnProperty : ObjectPrototypePropertyIsEnumerable)(
         value, SymbolToStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;

  if (SymbolIterator in value || constructor === null) {
    noIterator = false;
    if (kind === kArray) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = binding.getOwnNonIndexProperties(value, filter);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (kind === kSet) {
      const size = SetPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor !== null ?
        FunctionPrototypeBind(formatSet, null, value) :
        FunctionPrototypeBind(formatSet, null, SetPrototypeValues(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (kind === kMap) {
      const size = MapPrototypeGetSize(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor !== null ?
        FunctionPrototypeBind(formatMap, null, value) :
        FunctionPrototypeBind(formatMap, null, MapPrototypeEntries(value));
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (kind === kTypedArray) {
      keys = binding.getOwnNonIndexProperties(value, filter);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        fallback = TypedArrayPrototypeGetSymbolToStringTag(value);
        // Read the elements through a fresh view: the object has no prototype to index through.
        bound = new primordials[fallback](value);
      }
      const size = TypedArrayPrototypeGetLength(value);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = FunctionPrototypeBind(formatTypedArray, null, bound, size);
      extrasType = kArrayExtrasType;
    } else if (kind === kMapIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = FunctionPrototypeBind(formatIterator, null, braces);
    } else if (kind === kSetIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = FunctionPrototypeBind(formatIterator, null, braces);
    } else {
      noIterator = true;
    }
  }

  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (kind === kArguments) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (kind === kRegExp) {
      base = RegExpPrototypeToString(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (kind === kDate) {
      base = NumberIsNaN(DatePrototypeGetTime(value)) ?
        DatePrototypeToString(value) :
        DatePrototypeToISOString(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (kind === kError || isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (kind === kArrayBuffer || kind === kSharedArrayBuffer) {
      const prefix = getPrefix(constructor, tag,
                               kind === kArrayBuffer ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      ArrayPrototypeUnshift(keys, 'byteLength');
    } else if (kind === kDataView) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      // The buffer goes last: it is the one value that is not a number.
      ArrayPrototypeUnshift(keys, 'byteLength', 'byteOffset', 'buffer');
    } else if (kind === kPromise) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (kind === kWeakSet) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (kind === kWeakMap) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (kind === kModuleNamespace) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = FunctionPrototypeBind(formatNamespaceObject, null, keys);
    } else if (kind >= kNumberObject && kind <= kSymbolObject) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, kind);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else {
      const fallback = constructor === null ? nullPrototypeName(value) : 'Object';
      if (keys.length === 0 && protoProps === undefined) {
        return `${getPrefix(constructor, tag, fallback)}{}`;
      }
      braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;

  ArrayPrototypePush(ctx.seen, value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, keys[i], extrasType,
                                                engineDescriptor(value, keys[i], kind)));
    }
    if (protoProps !== undefined) {
      ArrayPrototypePushApply(output, protoProps);
    }
  } catch (err) {
    const name = StringPrototypeSlice(getPrefix(constructor, tag, 'Object'), 0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ArrayPrototypePop(ctx.seen);

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      ArrayPrototypeSort(output, comparator);
    } else if (keys.length > 1) {
      // Sort only the named properties after the elements.
      const sorted = ArrayPrototypeSort(ArrayPrototypeSlice(output, output.length - keys.length),
                                        comparator);
      ArrayPrototypeSplice(output, output.length - keys.length, keys.length);
      ArrayPrototypePushApply(output, sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // Huge outputs stop recursing: once this level produced 128 MiB of text, depth drops to -1.
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

let stackOverflowSample;
function isStackOverflowError(err) {
  if (stackOverflowSample === undefined) {
    try {
      function overflow() { overflow(); }
      overflow();
    } catch (e) {
      stackOverflowSample = e;
    }
  }
  return err !== null && typeof err === 'object' && stackOverflowSample !== undefined &&
    err.name === stackOverflowSample.name && err.message === stackOverflowSample.message;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ArrayPrototypePop(ctx.seen);
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function getEmptyFormatArray() {
  return [];
}

// ---------------------------------------------------------------------------------------------
// Functions and classes.

const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRegExp = /^(\s+[^(]*?)\s*{/;

function getClassBase(value, constructor, tag) {
  const hasName = ObjectPrototypeHasOwnProperty(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = ObjectGetPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const source = FunctionPrototypeToString(value);
  if (StringPrototypeStartsWith(source, 'class') && StringPrototypeEndsWith(source, '}')) {
    const body = StringPrototypeSlice(source, 5, -1);
    const brace = StringPrototypeIndexOf(body, '{');
    if (brace !== -1 &&
        (!StringPrototypeIncludes(StringPrototypeSlice(body, 0, brace), '(') ||
         // `class` followed by a parenthesis is rare: make sure the comments are not fooling us.
         RegExpPrototypeExec(classRegExp,
                             RegExpPrototypeSymbolReplace(stripCommentsRegExp, body, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

// ---------------------------------------------------------------------------------------------
// Boxed primitives.

function getBoxedBase(value, ctx, keys, constructor, tag, kind) {
  let unboxed;
  let type;
  switch (kind) {
    case kNumberObject:
      unboxed = NumberPrototypeValueOf(value);
      type = 'Number';
      break;
    case kStringObject:
      unboxed = StringPrototypeValueOf(value);
      type = 'String';
      // The character indices are noise next to the value itself.
      ArrayPrototypeSplice(keys, 0, unboxed.length);
      break;
    case kBooleanObject:
      unboxed = BooleanPrototypeValueOf(value);
      type = 'Boolean';
      break;
    case kBigIntObject:
      unboxed = BigIntPrototypeValueOf(value);
      type = 'BigInt';
      break;
    default:
      unboxed = SymbolPrototypeValueOf(value);
      type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, unboxed, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, StringPrototypeToLowerCase(type));
}

// ---------------------------------------------------------------------------------------------
// Errors.

function getStackString(ctx, error) {
  const stack = error.stack;
  if (stack) {
    if (typeof stack === 'string') return stack;
    // Not a string: show it under the error's name and message, indented like frames. (Node
    // formats it without a depth, so it never shares a line.)
    const shown = formatValue(ctx, stack, undefined);
    return `${ErrorPrototypeToString(error)}\n    ${StringPrototypeReplaceAll(shown, '\n', '\n    ')}`;
  }
  return ErrorPrototypeToString(error);
}

// Own `name`, `message` and `stack` properties are hidden when the stack already shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    const names = ['name', 'message', 'stack'];
    for (let i = 0; i < names.length; i++) {
      const index = ArrayPrototypeIndexOf(keys, names[i]);
      if (index !== -1) {
        const v = err[names[i]];
        if (typeof v !== 'string' || StringPrototypeIncludes(stack, v)) {
          ArrayPrototypeSplice(keys, index, 1);
        }
      }
    }
  }
}

// The first line says `Name [OtherName]` when the class and the `name` property disagree.
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') &&
       StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prototype = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prototype) {
      if (StringPrototypeIncludes(prototype, name)) {
        if (len === 0) {
          stack = `${prototype}: ${stack}`;
        } else {
          stack = `${prototype}${StringPrototypeSlice(stack, len)}`;
        }
      } else {
        stack = `${prototype} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

// The longest run (more than 3 lines) that `a` and `b` share: { len, offset } in `a`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = MathMin(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) {
          len++;
        }
        if (len > 3) {
          return { len, offset: i };
        }
      }
    }
  }
  return { len: 0, offset: 0 };
}

function getStackFrames(ctx, err, stack) {
  const frames = StringPrototypeSplit(stack, '\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing getter means there is nothing to compare with.
  }
  // Frames the cause shows anyway are folded into one line.
  if (cause != null && isError(cause)) {
    const causeStack = typeof cause.stack === 'string' ? cause.stack : '';
    const causeStart = StringPrototypeIndexOf(causeStack, kStackFrameStart);
    if (causeStart !== -1) {
      const causeFrames = StringPrototypeSplit(StringPrototypeSlice(causeStack, causeStart + 1), '\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        ArrayPrototypeSplice(frames, offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;

let BuiltinModule;
function builtinExists(id) {
  if (BuiltinModule === undefined) {
    try {
      BuiltinModule = require('internal/bootstrap/realm').BuiltinModule;
    } catch {
      BuiltinModule = null;
    }
  }
  return BuiltinModule === null || BuiltinModule.exists(id);
}

function markNodeModules(ctx, line) {
  let out = '';
  let pos = 0;
  let match;
  nodeModulesRegExp.lastIndex = 0;
  while ((match = RegExpPrototypeExec(nodeModulesRegExp, line)) !== null) {
    // '/node_modules/' is 14 characters.
    out += StringPrototypeSlice(line, pos, match.index + 14);
    out += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  if (pos !== 0) line = out + StringPrototypeSlice(line, pos);
  return line;
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStart = StringPrototypeIndexOf(line, workingDirectory);
  if (cwdStart === -1) return line;
  let cwdLength = workingDirectory.length;
  if (StringPrototypeSlice(line, cwdStart - 7, cwdStart) === 'file://') {
    cwdLength += 7;
    cwdStart -= 7;
  }
  const start = line[cwdStart - 1] === '(' ? cwdStart - 1 : cwdStart;
  const end = start !== cwdStart && StringPrototypeEndsWith(line, ')') ? -1 : line.length;
  const cwdEnd = cwdStart + cwdLength + 1;
  let out = StringPrototypeSlice(line, 0, start);
  out += ctx.stylize(StringPrototypeSlice(line, start, cwdEnd), 'undefined');
  out += StringPrototypeSlice(line, cwdEnd, end);
  if (end === -1) out += ctx.stylize(')', 'undefined');
  return out;
}

function safeGetCWD() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function pathToFileUrlHref(path) {
  try {
    return require('internal/url').pathToFileURL(path).href;
  } catch {
    return `file://${path}`;
  }
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? `${err.name}` : 'Error';
  let stack = getStackString(ctx, err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);
  if (ctx.showHidden) {
    // V8 creates `stack` first (before message, cause, errors); GraalJS last.
    const at = ArrayPrototypeIndexOf(keys, 'stack');
    if (at > 0) {
      ArrayPrototypeSplice(keys, at, 1);
      ArrayPrototypeUnshift(keys, 'stack');
    }
  }

  if (ObjectPrototypeHasOwnProperty(err, 'cause') &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'cause'))) {
    ArrayPrototypePush(keys, 'cause');
  }
  // AggregateError lists its errors.
  if (ObjectPrototypeHasOwnProperty(err, 'errors') && ArrayIsArray(err.errors) &&
      (keys.length === 0 || !ArrayPrototypeIncludes(keys, 'errors'))) {
    ArrayPrototypePush(keys, 'errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Look for the frames after the message: the message itself may contain "\n    at".
  let pos = (err.message && StringPrototypeIndexOf(stack, err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = StringPrototypeIndexOf(stack, kStackFrameStart, pos);
  if (stackStart === -1) {
    // No frames: bracket the text so it does not look like a stack trace.
    stack = `[${stack}]`;
  } else {
    let newStack = StringPrototypeSlice(stack, 0, stackStart);
    const lines = getStackFrames(ctx, err, StringPrototypeSlice(stack, stackStart + 1));
    if (ctx.colors) {
      // Grey out Node's own frames, underline package names, dim the working directory.
      const workingDirectory = safeGetCWD();
      let esmWorkingDirectory;
      for (let i = 0; i < lines.length; i++) {
        let line = lines[i];
        const core = RegExpPrototypeExec(coreModuleRegExp, line);
        if (core !== null && builtinExists(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            let marked = markCwd(ctx, line, workingDirectory);
            if (marked === line) {
              esmWorkingDirectory ??= pathToFileUrlHref(workingDirectory);
              marked = markCwd(ctx, line, esmWorkingDirectory);
            }
            line = marked;
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${ArrayPrototypeJoin(lines, '\n')}`;
    }
    stack = newStack;
  }

  if (ctx.indentationLvl !== 0) {
    const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
    stack = StringPrototypeReplaceAll(stack, '\n', `\n${indentation}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------------------------
// Containers.

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// Sparse arrays: runs of holes become `<N empty items>`.
function formatArrayWithHoles(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = +key;
    // Past the largest array index the keys are ordinary properties.
    if (n > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(/^\d+$/, key) === null) break;
      const holes = n - index;
      ArrayPrototypePush(output, ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      ArrayPrototypePush(output,
                         ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const len = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!ObjectPrototypeHasOwnProperty(value, i)) {
      return formatArrayWithHoles(ctx, value, recurseTimes, len, output, i);
    }
    ArrayPrototypePush(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

const hexDigits = '0123456789abcdef';

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = MathMin(ctx.maxArrayLength, bytes.length);
  let text = '';
  for (let i = 0; i < shown; i++) {
    const b = bytes[i];
    if (i !== 0) text += ' ';
    text += hexDigits[b >> 4] + hexDigits[b & 15];
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) {
    text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${text}>`];
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[maxLength] = remainingText(remaining);
  }
  if (ctx.showHidden) {
    // The view's own facts; `buffer` last as it is the only object.
    ctx.indentationLvl += 2;
    const names = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
    for (let i = 0; i < names.length; i++) {
      const text = formatValue(ctx, value[names[i]], recurseTimes, true);
      ArrayPrototypePush(output, `${ctx.stylize(`[${names[i]}]`, 'string')}: ${text}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(set, ctx, value, recurseTimes) {
  const length = SetPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of set) {
    if (i >= maxLength) break;
    ArrayPrototypePush(output, formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, value, recurseTimes) {
  const length = MapPrototypeGetSize(value);
  const maxLength = MathMin(MathMax(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of map) {
    if (i >= maxLength) break;
    ArrayPrototypePush(output,
                       `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxLength = MathMin(MathMax(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    ArrayPrototypeSort(output);
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = MathMax(ctx.maxArrayLength, 0);
  // Entries come flattened: [key1, value1, key2, value2, ...].
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = MathMin(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ${
        formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) ArrayPrototypeSort(output);
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const pair = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) {
    ArrayPrototypePush(output, remainingText(remaining));
  }
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = binding.previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = binding.previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { 0: entries, 1: isKeyValue } = binding.previewEntries(value, true);
  if (isKeyValue) {
    // Entry iterators say so.
    braces[0] = RegExpPrototypeSymbolReplace(/ Iterator] {$/, braces[0], ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const details = binding.getPromiseDetails(value);
  if (details === undefined) return [ctx.stylize('<unknown>', 'special')];
  const state = details[0];
  if (state === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const text = formatValue(ctx, details[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${text}` : text];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch {
      // A binding in its temporal dead zone: print the key with `<uninitialized>`.
      const stub = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, stub, recurseTimes, keys[i], kObjectType);
      const pos = StringPrototypeLastIndexOf(output[i], ' ');
      output[i] = StringPrototypeSlice(output[i], 0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys are done here; formatRaw must not print them again.
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------------------------
// Properties.

// V8 and GraalJS shape a few built-in properties differently; show them as Node does.
// - An error's `stack` is an accessor pair in V8, a plain data property here.
// - Sloppy functions' `arguments`/`caller` hold null in V8, undefined here.
function engineDescriptor(value, key, kind) {
  if (key === 'stack') {
    if (kind !== kError) return undefined;
    const desc = ObjectGetOwnPropertyDescriptor(value, key);
    if (desc === undefined || desc.enumerable || !('value' in desc)) return desc;
    const stack = desc.value;
    return {
      get() { return stack; },
      set() {},
      enumerable: false,
    };
  }
  if ((key === 'arguments' || key === 'caller') && kind === kFunction) {
    const desc = ObjectGetOwnPropertyDescriptor(value, key);
    if (desc !== undefined && 'value' in desc && desc.value === undefined &&
        !desc.writable && !desc.configurable) {
      return { value: null, enumerable: false };
    }
    return desc;
  }
  return undefined;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  // Keys that are not own properties (DataView's byteLength...) are shown like hidden ones.
  let own = true;
  if (desc === undefined) {
    desc = ObjectGetOwnPropertyDescriptor(value, key);
    if (desc === undefined) {
      own = false;
      desc = { value: value[key], enumerable: false };
    }
  }
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType || !own) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      ctx.indentationLvl += 2;
      try {
        const got = FunctionPrototypeCall(desc.get, original);
        if (got === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof got === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, got, recurseTimes)}`;
        } else {
          str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, got, ctx)}${s(']', sp)}`;
        }
      } catch (err) {
        const thrown = formatValue(ctx, err, recurseTimes);
        str = `${s(`[${label}:`, sp)} <Inspection threw (${thrown})>${s(']', sp)}`;
      }
      ctx.indentationLvl -= 2;
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (!own) {
    name = ctx.stylize(`[${key}]`, 'string');
  } else {
    if (typeof key === 'symbol') {
      name = ctx.stylize(symbolKeyText(key), 'symbol');
    } else if (key === '__proto__') {
      name = "['__proto__']";
    } else if (RegExpPrototypeExec(identifierKeyRegExp, key) !== null) {
      name = ctx.stylize(key, 'name');
    } else {
      name = ctx.stylize(strEscape(key), 'string');
    }
    if (desc.enumerable === false) {
      name = `[${name}]`;
    }
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------------------------
// Line breaking.

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry is followed by ", " (or " " for the last); count one per entry plus the text.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  // A base with a newline (an error stack) never shares a line.
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

// Arrays with many short entries are laid out in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the "... more items" line out of the columns.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if at least three columns fit and the entries are of similar length.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    // Aim for a square block (characters are ~2.5 times higher than wide).
    const columns = MathMin(
      MathRound(MathSqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) {
      return output;
    }
    const grouped = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      ArrayPrototypePush(maxLineLength, lineLength + separatorSpace);
    }
    // Numbers are right-aligned, everything else left-aligned.
    let pad = StringPrototypePadStart;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          pad = StringPrototypePadEnd;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Color codes take no columns: widen the padding by their length.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += pad(`${output[j]}, `, padding, ' ');
      }
      if (pad === StringPrototypePadStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        line += StringPrototypePadStart(output[j], padding, ' ');
      } else {
        line += output[j];
      }
      ArrayPrototypePush(grouped, line);
    }
    if (ctx.maxArrayLength < output.length) {
      ArrayPrototypePush(grouped, output[outputLength]);
    }
    output = grouped;
  }
  return output;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Up to `compact` inner levels share one line when short enough.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = ArrayPrototypeJoin(output, ', ');
          if (!StringPrototypeIncludes(joined, '\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      ArrayPrototypeJoin(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true. Everything on one line if it fits, otherwise one entry per line.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${ArrayPrototypeJoin(output, ', ')} ${braces[1]}`;
  }
  const indentation = StringPrototypeRepeat(' ', ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${ArrayPrototypeJoin(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------------------------
// Terminal width of text.

// Escape sequences (CSI, OSC with BEL/ST terminator): the pattern of the ansi-regex package.
const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~]))';
const ansi = new RegExp(ansiPattern, 'g');

function removeColors(str) {
  return RegExpPrototypeSymbolReplace(ansi, str, '');
}

/** Remove ANSI escape codes (colors, cursor movement, hyperlinks) from `str`. */
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('str', 'string', str);
  }
  return RegExpPrototypeSymbolReplace(ansi, str, '');
}

// Without the ICU answer: the usual wide ranges (CJK, Hangul, fullwidth forms, emoji).
function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

/** Number of terminal columns `str` takes. */
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = stripVTControlCharacters(str);
  for (let i = 0; i < str.length; i++) {
    const code = StringPrototypeCharCodeAt(str, i);
    if (code >= 127) {
      // Leave the rest to ICU (or the tables above).
      const rest = StringPrototypeNormalize(StringPrototypeSlice(str, i), 'NFC');
      if (binding.getStringWidth !== undefined) {
        width += binding.getStringWidth(rest, false, true);
      } else {
        for (let j = 0; j < rest.length; j++) {
          const cp = StringPrototypeCodePointAt(rest, j);
          if (cp > 0xffff) j++;
          if (isFullWidthCodePoint(cp)) width += 2;
          else if (!isZeroWidthCodePoint(cp)) width++;
        }
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// ---------------------------------------------------------------------------------------------
// util.format.

// Is `key` (found somewhere on the chain of `value`) provided by a built-in prototype?
function isProvidedByBuiltIn(value, key) {
  let holder = value;
  while (holder !== null && !ObjectPrototypeHasOwnProperty(holder, key)) {
    holder = ObjectGetPrototypeOf(holder);
  }
  if (holder === null) return false;
  const desc = ObjectGetOwnPropertyDescriptor(holder, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    builtInObjects.has(desc.value.name);
}

// `%s` prints objects with inspect unless they bring their own string conversion.
function hasBuiltInToString(value) {
  // Proxies count as built-in objects (and are looked at through their target).
  const target = getProxyDetails(value, false);
  if (target !== undefined) {
    if (target === null) return true;
    value = target;
  }
  if (typeof value[SymbolToPrimitive] === 'function' &&
      !isProvidedByBuiltIn(value, SymbolToPrimitive)) {
    return false;
  }
  if (typeof value.toString !== 'function') return true;
  if (ObjectPrototypeHasOwnProperty(value, 'toString')) return false;
  return isProvidedByBuiltIn(value, 'toString');
}

let circularErrorMessage;
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = circularError.message;
      }
    }
    if (err.name === 'TypeError' && err.message === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint, options?.numericSeparator ?? inspectDefaultOptions.numericSeparator);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) {
      return first;
    }
    let chunk;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
      const next = StringPrototypeCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              chunk = formatNumberNoColor(arg, inspectOptions);
            } else if (typeof arg === 'bigint') {
              chunk = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              chunk = String(arg);
            } else {
              chunk = inspect(arg, {
                ...inspectOptions,
                depth: 0,
                colors: false,
                compact: 3,
              });
            }
            break;
          }
          case 106: // 'j'
            chunk = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              chunk = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              chunk = 'NaN';
            } else {
              chunk = formatNumberNoColor(Number(arg), inspectOptions);
            }
            break;
          }
          case 79: // 'O'
            chunk = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            chunk = inspect(args[++a], {
              ...inspectOptions,
              showHidden: true,
              showProxy: true,
              depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') {
              chunk = formatBigIntNoColor(arg, inspectOptions);
            } else if (typeof arg === 'symbol') {
              chunk = 'NaN';
            } else {
              chunk = formatNumberNoColor(NumberParseInt(arg), inspectOptions);
            }
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') {
              chunk = 'NaN';
            } else {
              chunk = formatNumberNoColor(NumberParseFloat(arg), inspectOptions);
            }
            break;
          }
          case 99: // 'c': CSS is for browsers; the argument is consumed.
            a += 1;
            chunk = '';
            break;
          case 37: // '%'
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            // Not a directive: leave it as written.
            continue;
        }
        if (lastPos !== i - 1) {
          str += StringPrototypeSlice(first, lastPos, i - 1);
        }
        str += chunk;
        lastPos = i + 1;
      } else if (next === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += StringPrototypeSlice(first, lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  format,
  formatWithOptions,
  getStringWidth,
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  isError,
  isFullWidthCodePoint,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
  stylizeWithColor,
  customInspectSymbol,
};
