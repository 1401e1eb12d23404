'use strict';
// Uncaught exceptions, Node's way: 'uncaughtExceptionMonitor', then 'uncaughtException'
// listeners; with none, print the error with the source line and a caret, then exit 1
// (7 when a handler itself throws).

const {
  ArrayPrototypeJoin,
  Error,
  ErrorPrototypeToString,
  RegExpPrototypeExec,
  StringPrototypeIndexOf,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  StringPrototypeStartsWith,
} = primordials;

const kGenericUserError = 1;
const kExceptionInFatalExceptionHandler = 7;

let captureCallback = null;
const evalSources = { __proto__: null };

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  const { validateFunction } = require('internal/validators');
  validateFunction(fn, 'fn');
  if (captureCallback !== null) {
    const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
    throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// Source text of code that is not a file on disk ([eval], [stdin]), for error arrows.
function registerEvalSource(name, text) {
  evalSources[name] = text;
}

function writeStderr(text) {
  const ctx = {};
  internalBinding('fs').writeString(2, text, ctx);
}

function isErrorLike(err) {
  return err !== null && typeof err === 'object' && typeof err.stack === 'string';
}

function sourceText(file) {
  if (evalSources[file] !== undefined) return evalSources[file];
  if (StringPrototypeStartsWith(file, 'file://')) file = require('internal/url').fileURLToPath(file);
  if (StringPrototypeStartsWith(file, 'node:')) return null;
  const ctx = {};
  const text = internalBinding('fs').readFileUtf8(file, ctx);
  return ctx.code === undefined ? text : null;
}

// "file:line\nsource line\n   ^\n" for the first frame of the error's stack. We cannot see
// the throw site itself, so for `throw new X()` the caret moves back to the `throw` keyword.
function arrowMessage(err, fromPromise) {
  if (!isErrorLike(err)) return '';
  const where = require('internal/stack_trace').syntaxErrorLocation(err);
  if (where !== undefined) return syntaxArrow(where);
  const frames = StringPrototypeSplit(err.stack, '\n');
  let frame;
  for (let i = 0; i < frames.length; i++) {
    if (StringPrototypeStartsWith(frames[i], '    at ')) {
      frame = frames[i];
      break;
    }
  }
  if (frame === undefined) return '';
  const m = RegExpPrototypeExec(/(?:\(|at )((?:node:)?[^()]*?):(\d+):(\d+)\)?$/, frame);
  if (m === null) return '';
  const [, file, lineStr, colStr] = m;
  const text = sourceText(file);
  if (text === null) return '';
  const lines = StringPrototypeSplit(text, '\n');
  const line = +lineStr;
  let col = +colStr - 1;
  let src = lines[line - 1];
  if (src === undefined) return '';
  if (StringPrototypeStartsWith(src, '#!') && line === 1) return '';
  // A rejection points where the error was made (as in Node); a throw points at `throw`.
  // (In an ES module V8 points at the error's construction, as a rejection does.)
  const throwAt = fromPromise || StringPrototypeStartsWith(file, 'file://') ? -1 : StringPrototypeIndexOf(src, 'throw ');
  if (throwAt !== -1 && throwAt < col && StringPrototypeStartsWith(StringPrototypeSlice(src, col), 'new ')) {
    col = throwAt;
  }
  return `${file}:${line}\n${src}\n${StringPrototypeRepeat(' ', col)}^\n`;
}

// A syntax error points at its own position; one found past the end of the file (in the
// module wrapper's closing line) is V8's "end of input", shown at the file's last line.
function syntaxArrow({ file, line, column, endOfInput, width = 1 }) {
  const text = sourceText(file);
  if (text === null) return '';
  const lines = StringPrototypeSplit(text, '\n');
  if (line > lines.length || endOfInput) return `${file}:${lines.length}\n${lines[lines.length - 1]}\n\n`;
  return `${file}:${line}\n${lines[line - 1]}\n${StringPrototypeRepeat(' ', column)}${StringPrototypeRepeat('^', width)}\n`;
}

function printFatal(err, fromPromise = false) {
  let body;
  let trailer = '';
  try {
    const { inspect } = require('internal/util/inspect');
    body = inspect(err, { colors: false });
  } catch {
    body = isErrorLike(err) ? err.stack : String(err);
  }
  const arrow = arrowMessage(err, fromPromise);
  // a link error the loader located itself has no blank line under its arrow (as in Node)
  const gap = require('internal/stack_trace').syntaxErrorLocation(err)?.gap !== false;
  if (!isErrorLike(err)) {
    trailer = '\n(Use `node --trace-uncaught ...` to show where the exception was thrown)';
    writeStderr(`${arrow ? `${arrow}` : '\n'}${body}${trailer}\n\nNode.js ${process.version}\n`);
    return;
  }
  writeStderr(`${arrow}${arrow && gap ? '\n' : ''}${body}\n\nNode.js ${process.version}\n`);
}

let handlingFatal = false;

function triggerUncaughtException(err, fromPromise) {
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (!handlingFatal) {
    handlingFatal = true;
    try {
      process.emit('uncaughtExceptionMonitor', err, origin);
      if (captureCallback !== null) {
        captureCallback(err);
        return;
      }
      if (process.emit('uncaughtException', err, origin)) return;
    } catch (handlerError) {
      printFatal(handlerError);
      exitAfterFatal(kExceptionInFatalExceptionHandler);
      return;
    } finally {
      handlingFatal = false;
    }
  }
  // In a worker the error goes to the parent ('error' on the Worker) instead of stderr.
  if (require('internal/worker/child').reportToParent(err)) {
    exitAfterFatal(kGenericUserError);
    return;
  }
  printFatal(err, fromPromise);
  exitAfterFatal(kGenericUserError);
}

function exitAfterFatal(code) {
  process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', code);
    } catch (err) {
      printFatal(err);
      code = kExceptionInFatalExceptionHandler;
    }
  }
  process.reallyExit(code);
}

module.exports = {
  arrowMessage,
  hasUncaughtExceptionCaptureCallback,
  printFatal,
  registerEvalSource,
  setUncaughtExceptionCaptureCallback,
  triggerUncaughtException,
};
