'use strict';
// A DNS client channel behaving like c-ares' (Node's resolver): servers tried in turn, `tries`
// rounds over them with the timeout doubling each round (capped by maxTimeout), each attempt
// on a UDP socket connected to the server (so an ICMP "port unreachable" ends the attempt
// with ECONNREFUSED at once; a server that never answers gives way to the next), truncated answers asked again over TCP, answers matched by id and question.

const {
  ArrayPrototypePush, MathRandom, MathFloor, ObjectDefineProperty, ObjectKeys, SafeSet, StringPrototypeToLowerCase,
} = primordials;
const { Buffer } = require('buffer');
const { encodeQuery, parseMessage, BadResponse } = require('internal/dns/wire');

const RCODE_ERRORS = { 1: 'EFORMERR', 2: 'ESERVFAIL', 3: 'ENOTFOUND', 4: 'ENOTIMP', 5: 'EREFUSED' };
const DEFAULT_TIMEOUT = 2000; // c-ares' default, used when the Resolver's timeout is -1

let dgram;
let net;

class ChannelWrap {
  constructor(timeout, tries, maxTimeout) {
    this.timeout = timeout < 0 ? DEFAULT_TIMEOUT : timeout;
    this.tries = tries;
    this.maxTimeout = maxTimeout;
    this.servers = null; // [{ ip, port, family }], from resolv.conf on first use
    this.local4 = null;
    this.local6 = null;
    this.pending = new SafeSet();
    // internal state: util.inspect shows `ChannelWrap {}`, as for Node's C++ handle
    for (const key of ObjectKeys(this)) {
      ObjectDefineProperty(this, key, { __proto__: null, enumerable: false, writable: true, configurable: true });
    }
  }

  getServers() {
    return this.servers ??= systemServers();
  }

  // Starts a query; cb(errorCode | null, answers) once, unless cancelled first (then ECANCELLED).
  query(name, type, cb) {
    const msg = encodeQuery(0, name, type);
    if (msg === null) {
      process.nextTick(cb, 'EBADNAME');
      return;
    }
    const servers = this.getServers();
    const q = {
      channel: this, name: StringPrototypeToLowerCase(name.endsWith('.') ? name.slice(0, -1) : name),
      type, msg, cb, servers, attempt: 0, lastError: 'ETIMEOUT', socket: null, timer: null, done: false,
    };
    this.pending.add(q);
    if (servers.length === 0) {
      finish(q, 'ECONNREFUSED');
      return;
    }
    nextAttempt(q);
  }

  cancel() {
    for (const q of [...this.pending]) finish(q, 'ECANCELLED');
  }
}

function finish(q, err, answers) {
  if (q.done) return;
  q.done = true;
  q.channel.pending.delete(q);
  cleanup(q);
  q.cb(err, answers);
}

function cleanup(q) {
  if (q.timer) clearTimeout(q.timer);
  q.timer = null;
  if (q.socket) {
    const s = q.socket;
    q.socket = null;
    try {
      if (s.destroy) s.destroy();
      else s.close();
    } catch {
      // closed already
    }
  }
}

function nextAttempt(q) {
  cleanup(q);
  const n = q.servers.length;
  if (q.attempt >= q.channel.tries * n) {
    finish(q, q.lastError);
    return;
  }
  const server = q.servers[q.attempt % n];
  let timeout = q.channel.timeout * 2 ** MathFloor(q.attempt / n);
  if (q.channel.maxTimeout > 0 && timeout > q.channel.maxTimeout) timeout = q.channel.maxTimeout;
  q.attempt++;
  const id = MathFloor(MathRandom() * 0x10000);
  q.msg.writeUInt16BE(id, 0);
  dgram ??= require('dgram');
  const socket = dgram.createSocket(server.family === 6 ? 'udp6' : 'udp4');
  q.socket = socket;
  socket.unref(); // pending queries do not keep the process alive: the timer does
  socket.on('error', (err) => {
    if (q.socket !== socket) return;
    q.lastError = err.code === 'ECONNREFUSED' ? 'ECONNREFUSED' : q.lastError;
    nextAttempt(q);
  });
  socket.on('message', (buf) => {
    if (q.socket !== socket) return;
    onAnswer(q, buf, id, server, false);
  });
  const local = server.family === 6 ? q.channel.local6 : q.channel.local4;
  const start = () => socket.connect(server.port, server.ip, () => {
    if (q.socket === socket) socket.send(q.msg);
  });
  if (local) socket.bind(0, local, start);
  else start();
  q.timer = setTimeout(() => {
    q.lastError = 'ETIMEOUT';
    nextAttempt(q);
  }, timeout);
}

// An answer for the attempt in flight: ignored unless it matches; a truncated one is asked
// again over TCP on the same server.
function onAnswer(q, buf, id, server, tcp) {
  let m;
  try {
    m = parseMessage(buf);
  } catch (e) {
    if (!(e instanceof BadResponse)) throw e;
    q.lastError = 'EBADRESP';
    return;
  }
  if (m.id !== id || m.question === null || m.question[1] !== q.type ||
      StringPrototypeToLowerCase(m.question[0]) !== q.name) {
    return;
  }
  if (m.truncated && !tcp) {
    queryTcp(q, server, id);
    return;
  }
  // an error answer ends the query, without asking another server (as c-ares in Node 24 does)
  if (m.rcode !== 0) {
    finish(q, RCODE_ERRORS[m.rcode] || 'EBADRESP');
    return;
  }
  finish(q, null, m.answers);
}

function queryTcp(q, server, id) {
  cleanup(q);
  net ??= require('net');
  const socket = net.connect({ port: server.port, host: server.ip });
  q.socket = socket;
  socket.unref();
  const len = Buffer.alloc(2);
  len.writeUInt16BE(q.msg.length);
  socket.write(Buffer.concat([len, q.msg]));
  let got = Buffer.alloc(0);
  socket.on('data', (d) => {
    got = Buffer.concat([got, d]);
    if (got.length >= 2 && got.length >= 2 + got.readUInt16BE(0)) {
      onAnswer(q, got.subarray(2, 2 + got.readUInt16BE(0)), id, server, true);
    }
  });
  const fail = (err) => {
    if (q.socket !== socket) return;
    q.lastError = err?.code === 'ECONNREFUSED' ? 'ECONNREFUSED' : 'ETIMEOUT';
    nextAttempt(q);
  };
  socket.on('error', fail);
  socket.on('end', () => fail(null));
  q.timer = setTimeout(() => fail(null), q.channel.timeout);
}

// nameserver lines of /etc/resolv.conf (c-ares' source on Linux); 127.0.0.1 without any
function systemServers() {
  const out = [];
  try {
    const text = require('fs').readFileSync('/etc/resolv.conf', 'latin1');
    const { isIP } = require('internal/net');
    for (const line of text.split('\n')) {
      const m = /^\s*nameserver\s+([^\s#;]+)/.exec(line);
      if (!m) continue;
      const ip = m[1].split('%')[0];
      const family = isIP(ip);
      if (family) ArrayPrototypePush(out, { ip: m[1], port: 53, family });
    }
  } catch {
    // no resolv.conf: c-ares' fallback below
  }
  if (out.length === 0) ArrayPrototypePush(out, { ip: '127.0.0.1', port: 53, family: 4 });
  return out;
}

module.exports = { ChannelWrap };
