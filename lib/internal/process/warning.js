'use strict';
// process.emitWarning and the default 'warning' printer:
// "(node:PID) [CODE] Name: message" plus the one-time --trace-warnings hint.

const {
  Error,
  ErrorCaptureStackTrace,
  SafeSet,
} = primordials;

let traceWarningHelperShown = false;
const shownDeprecations = new SafeSet();

function writeStderr(text) {
  internalBinding('fs').writeString(2, text, {});
}

function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  if (require('internal/options').hasOption('--no-warnings') || process.env.NODE_NO_WARNINGS === '1') return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = 'node';
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeStderr(`${msg}\n`);
}

function createWarningObject(warning, type, code, ctor, detail) {
  warning = new Error(warning);
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  ErrorCaptureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
}

// Emits a DeprecationWarning once per code, like util.deprecate.
function emitDeprecationOnce(message, code) {
  if (shownDeprecations.has(code)) return;
  shownDeprecations.add(code);
  emitWarning(message, 'DeprecationWarning', code);
}

module.exports = { emitDeprecationOnce, emitWarning, onWarning };
