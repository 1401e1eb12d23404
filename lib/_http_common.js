'use strict';
// What the HTTP server and client share: token and header-value checks, and the glue that
// runs a socket's bytes through the HTTP/1 parser on the I/O thread (the socket handle's
// httpStart: JS receives parsed heads, body chunks and the end of each message).

const { ReflectApply, RegExpPrototypeExec, StringPrototypeSplit } = primordials;
const { Buffer } = require('buffer');

const methods = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST',
  'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE',
  'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return RegExpPrototypeExec(tokenRegExp, val) !== null;
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return RegExpPrototypeExec(headerCharRegex, val) !== null;
}

const kMaxHeaderSize = 16 * 1024;

// The parser sends a header list as one string, names and values joined by NUL.
function toArray(joined) {
  return joined === '' ? [] : StringPrototypeSplit(joined, '\0');
}

// Parse errors as Node shapes them: "Parse Error: <reason>" with code, reason, bytesParsed, rawPacket.
function parseError(code, reason, bytesParsed, rawPacket) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  err.rawPacket = Buffer.from(new ArrayBuffer(rawPacket));
  return err;
}

// Routes the parser's events for `socket` to `sink` (an object with onHead/onBody/onComplete/
// onError/onUpgrade); returns false when the socket has no handle to parse on.
function startParser(socket, isRequest, maxHeaderSize, sink) {
  const handle = socket._handle;
  if (!handle) return false;
  const handlers = [
    (method, url, statusCode, statusMessage, major, minor, rawHeaders, keepAlive, upgrade, complete) => {
      sink.onHead(method, url, statusCode, statusMessage, major, minor, toArray(rawHeaders), keepAlive, upgrade);
      // a message without a body ends in the same call (as llhttp's callbacks do in one execute)
      if (complete) sink.onComplete([]);
    },
    (ab) => sink.onBody(Buffer.from(new ArrayBuffer(ab))),
    (trailers) => sink.onComplete(toArray(trailers)),
    (code, reason, bytesParsed, raw) => sink.onError(parseError(code, reason, bytesParsed, raw)),
    (ab) => sink.onUpgrade(Buffer.from(new ArrayBuffer(ab))),
  ];
  // Several events of one read: [kind, argCount, args..., kind, ...], run in this one call.
  const onBatch = (flat) => {
    for (let i = 0; i < flat.length;) {
      const kind = flat[i];
      const n = flat[i + 1];
      const args = new Array(n);
      for (let k = 0; k < n; k++) args[k] = flat[i + 2 + k];
      i += 2 + n;
      ReflectApply(handlers[kind], undefined, args);
    }
  };
  handle.httpStart(isRequest, maxHeaderSize || kMaxHeaderSize,
    handlers[0], handlers[1], handlers[2], handlers[3], handlers[4], onBatch);
  return true;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  kMaxHeaderSize,
  methods,
  startParser,
};
