'use strict';
// System errors of sockets and the resolver, shaped as Node shapes them (message text and the
// order of own properties are what users and tests see).

const { ErrorCaptureStackTrace } = primordials;

function names(errno) {
  const uv = require('internal/uv_errors');
  return [uv.errnoName(errno), uv.errnoMessage(errno)];
}

function withoutStack(message) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Error(message);
  Error.stackTraceLimit = limit;
  return err;
}

function details(address, port, additional) {
  let d = '';
  if (port && port > 0) d = ` ${address}:${port}`;
  else if (address) d = ` ${address}`;
  if (additional) d += ` - Local (${additional})`;
  return d;
}

// "listen EADDRINUSE: address already in use 127.0.0.1:80"; code, errno, syscall, address, port
function uvExceptionWithHostPort(errno, syscall, address, port) {
  const [code, desc] = names(errno);
  const err = withoutStack(`${syscall} ${code}: ${desc}${details(address, port)}`);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  err.port = port;
  ErrorCaptureStackTrace(err, uvExceptionWithHostPort);
  return err;
}

// "connect ECONNREFUSED 127.0.0.1:1"; errno, code, syscall, address, port
function exceptionWithHostPort(errno, syscall, address, port, additional) {
  const [code] = names(errno);
  const err = withoutStack(`${syscall} ${code}${details(address, port, additional)}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  ErrorCaptureStackTrace(err, exceptionWithHostPort);
  return err;
}

// "getaddrinfo ENOTFOUND example.invalid"; errno, code, syscall, hostname. getaddrinfo's
// "no such name" errors carry the code ENOTFOUND, as in Node.
function dnsException(errno, syscall, hostname) {
  let [code] = names(errno);
  if (code === 'EAI_NODATA' || code === 'EAI_NONAME') code = 'ENOTFOUND';
  const err = withoutStack(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  ErrorCaptureStackTrace(err, dnsException);
  return err;
}

module.exports = { uvExceptionWithHostPort, exceptionWithHostPort, dnsException };
