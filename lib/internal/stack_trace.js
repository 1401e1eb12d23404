'use strict';
// error.stack in V8's exact text. GraalJS hands the default formatter V8-compatible CallSites
// lazily (on first .stack access), so installing one gives Node's frame text, Node's
// "Name [CODE]: message" header for core errors, and true columns on line 1 of CommonJS
// modules, whose wrapper header shares that line.

const {
  ErrorPrototypeToString,
  RegExpPrototypeExec,
  RegExpPrototypeSymbolReplace,
  SafeSet,
  SafeWeakMap,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SyntaxError,
  TypeError,
  ObjectDefineProperty,
  SafeMap,
  StringPrototypeEndsWith,
  StringPrototypeStartsWith,
} = primordials;

// filename -> length of the wrapper header compiled in front of its line 1
const wrapperOffsets = new SafeMap();
// filename -> number of lines of the wrapped source (what lies beyond is the wrapper's tail)
const wrappedLineCounts = new SafeMap();

// ES module files -> their file: URL, which is how their frames read in Node
const moduleURLs = new SafeMap();
// import specifiers -> the URL they were last resolved to: GraalJS names a module's syntax
// errors after the specifier that imported it
const moduleNames = new SafeMap();

function registerModuleURL(filename, url, specifier) {
  if (filename !== undefined) moduleURLs.set(filename, url);
  if (specifier !== undefined) moduleNames.set(specifier, url);
}

function registerWrapper(filename, headerLength, lineCount) {
  wrapperOffsets.set(filename, headerLength);
  wrappedLineCounts.set(filename, lineCount);
}

// The column as the user's source has it: line 1 of a CommonJS module shares its line with
// the wrapper header.
function sourceColumn(fileName, line, column) {
  if (line === 1 && column != null) {
    const offset = wrapperOffsets.get(fileName);
    if (offset !== undefined) return column - offset;
  }
  return column;
}

// Source map support (internal/source_map/source_map_cache switches it on): the loaders
// note modules' maps while `enabled`; `lookup` maps a frame's location.
const sourceMaps = { enabled: false, nodeModules: false, generatedCode: false, lookup: undefined };

function fileLocation(cs) {
  if (cs.isNative()) return 'native';
  let fileName = cs.getScriptNameOrSourceURL?.() ?? cs.getFileName();
  let location = '';
  if (!fileName && cs.isEval()) {
    location = `${cs.getEvalOrigin()}, `;
  }
  if (fileName) {
    location += moduleURLs.get(fileName) ?? fileName;
  } else {
    return `${location}<anonymous>`;
  }
  const line = cs.getLineNumber();
  if (line != null) {
    const column = sourceColumn(fileName, line, cs.getColumnNumber());
    if (sourceMaps.lookup !== undefined && column != null) {
      const original = sourceMaps.lookup(fileName, line, column);
      if (original !== undefined) return original;
    }
    location += `:${line}`;
    if (column != null) location += `:${column}`;
  }
  return location;
}

function formatCallSite(cs) {
  let where = fileLocation(cs);
  if (where === 'native') where = '<anonymous>';
  const functionName = cs.getFunctionName();
  const isTopLevel = cs.isToplevel();
  const isConstructor = cs.isConstructor();
  const isAsync = cs.isAsync?.() ?? false;
  let line = isAsync ? 'async ' : '';
  if (isConstructor) {
    line += `new ${functionName || '<anonymous>'}`;
  } else if (!isTopLevel) {
    let typeName = cs.getTypeName();
    if (typeName === 'global') typeName = null;
    const methodName = cs.getMethodName();
    if (functionName) {
      if (typeName && !StringPrototypeStartsWith(functionName, typeName)) line += `${typeName}.`;
      line += functionName;
      if (methodName && !StringPrototypeEndsWith(functionName, `.${methodName}`) && functionName !== methodName) {
        line += ` [as ${methodName}]`;
      }
    } else if (typeName || methodName) {
      line += `${typeName}.${methodName || '<anonymous>'}`;
    } else {
      return `${line}${where}`;
    }
  } else if (functionName) {
    line += functionName;
  } else {
    return `${line}${where}`;
  }
  return `${line} (${where})`;
}

// GraalJS words some TypeErrors differently from V8; programs and tests match on V8's text.
// The message is corrected when the stack is first formatted (as for uncaught errors).
const v8Wordings = [
  [/^Cannot read property '(.*)' of (null|undefined)$/, "Cannot read properties of $2 (reading '$1')"],
  [/^Cannot set property '(.*)' of (null|undefined)$/, "Cannot set properties of $2 (setting '$1')"],
];

function toV8Wording(error) {
  const message = error.message;
  if (typeof message !== 'string' || !(error instanceof TypeError)) return;
  for (let i = 0; i < v8Wordings.length; i++) {
    const [re, replacement] = v8Wordings[i];
    if (RegExpPrototypeExec(re, message) !== null) {
      ObjectDefineProperty(error, 'message', {
        __proto__: null, value: RegExpPrototypeSymbolReplace(re, message, replacement),
        writable: true, enumerable: false, configurable: true,
      });
      return;
    }
  }
}

// GraalJS reports a syntax error as "file:line:col Expected X but found Y" followed by a
// source excerpt, once per error it found. Node prints V8's one-line message and points at the
// first error with its own arrow, so keep the first, reword it as V8 would, and remember where
// it is for the fatal-error printer (syntaxErrorLocation).
const syntaxLocations = new SafeWeakMap();
const jsKeywords = new SafeSet(['break', 'case', 'catch', 'class', 'const', 'continue',
  'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends', 'false', 'finally', 'for',
  'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch',
  'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let',
  'static', 'enum', 'await']);

function unexpected(found) {
  if (RegExpPrototypeExec(/^["'`]/, found) !== null) return 'Unexpected string';
  if (RegExpPrototypeExec(/^[0-9]/, found) !== null) return 'Unexpected number';
  if (RegExpPrototypeExec(/^[A-Za-z_$][\w$]*$/, found) !== null && !jsKeywords.has(found)) {
    return `Unexpected identifier '${found}'`;
  }
  return `Unexpected token '${found}'`;
}

function toV8SyntaxError(error) {
  const message = error.message;
  if (typeof message !== 'string' || !(error instanceof SyntaxError) || syntaxLocations.has(error)) return;
  const m = RegExpPrototypeExec(/^(.+?):(\d+):(\d+) ([^\n]*)/, message);
  if (m === null) return;
  const [, name, lineStr, colStr, text] = m;
  const file = moduleNames.get(name) ?? name;
  const line = +lineStr;
  let column = +colStr;
  if (line === 1) column -= wrapperOffsets.get(file) ?? 0;
  const found = RegExpPrototypeExec(/^Expected .* but found (.*)$/, text);
  // An error in the module wrapper's closing line means the source ended too early.
  const endOfInput = (found !== null && found[1] === 'eof') || line > (wrappedLineCounts.get(file) ?? line);
  syntaxLocations.set(error, { file, line, column, endOfInput });
  ObjectDefineProperty(error, 'message', {
    __proto__: null,
    value: endOfInput ? 'Unexpected end of input' : found !== null ? unexpected(found[1]) :
      text === 'Missing close quote' ? 'Invalid or unexpected token' : text,
    writable: true, enumerable: false, configurable: true,
  });
}

// { file, line, column (0-based), endOfInput } of a syntax error reworded above, else undefined.
function syntaxErrorLocation(error) {
  return syntaxLocations.get(error);
}

// For a SyntaxError the module loader makes itself: where the arrow of a fatal report points
// ({ file, line, column, width }).
function setSyntaxErrorLocation(error, where) {
  syntaxLocations.set(error, where);
}

function header(error) {
  toV8Wording(error);
  toV8SyntaxError(error);
  if (error !== null && typeof error === 'object') {
    const { kIsNodeError } = require('internal/errors');
    if (error[kIsNodeError] === true) return `${error.name} [${error.code}]: ${error.message}`;
  }
  try {
    return ErrorPrototypeToString(error);
  } catch {
    return '<error>';
  }
}

function prepareStackTrace(error, callSites) {
  let out = header(error);
  for (let i = 0; i < callSites.length; i++) out += `\n    at ${formatCallSite(callSites[i])}`;
  return out;
}

// Error.prepareStackTrace reads as our formatter until user code sets its own.
function install() {
  let userValue = prepareStackTrace;
  ObjectDefineProperty(Error, 'prepareStackTrace', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return userValue; },
    set(value) { userValue = value === undefined ? prepareStackTrace : value; },
  });
}

module.exports = {
  install,
  prepareStackTrace,
  registerModuleURL,
  registerWrapper,
  setSyntaxErrorLocation,
  sourceColumn,
  sourceMaps,
  syntaxErrorLocation,
};
