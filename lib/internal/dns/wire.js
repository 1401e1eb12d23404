'use strict';
// The DNS wire format (RFC 1035) for dns.Resolver: a query message, and an answer parsed into
// the records Node's resolve* functions return, in the shapes (and property order) c-ares'
// parsers give them in Node 24.

const { ArrayPrototypePush, StringPrototypeSplit, StringPrototypeToLowerCase } = primordials;
const { Buffer } = require('buffer');

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  TLSA: 52, ANY: 255, CAA: 257,
};

// A query for `name` (no trailing dot needed), recursion desired. Returns null for a name that
// cannot be encoded (a label over 63 bytes, or over 255 in all: c-ares' EBADNAME).
function encodeQuery(id, name, type) {
  // '' and '.' are the root; a trailing dot is allowed, an empty label elsewhere is not
  const labels = name === '' || name === '.' ? [] : StringPrototypeSplit(name, '.');
  const parts = [];
  let total = 0;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l.length === 0) {
      if (i === labels.length - 1) break; // the trailing dot
      return null;
    }
    const b = Buffer.from(l);
    if (b.length > 63) return null;
    total += b.length + 1;
    ArrayPrototypePush(parts, b);
  }
  if (total + 1 > 255) return null;
  const msg = Buffer.alloc(12 + total + 1 + 4);
  msg.writeUInt16BE(id, 0);
  msg.writeUInt16BE(0x0100, 2); // RD
  msg.writeUInt16BE(1, 4); // QDCOUNT
  let off = 12;
  for (let i = 0; i < parts.length; i++) {
    msg[off++] = parts[i].length;
    parts[i].copy(msg, off);
    off += parts[i].length;
  }
  msg[off++] = 0;
  msg.writeUInt16BE(type, off);
  msg.writeUInt16BE(1, off + 2); // IN
  return msg;
}

class BadResponse extends Error {}

// [name, offset after it]; follows compression pointers (bounded, so loops are rejected)
function readName(msg, off) {
  let name = '';
  let end = -1;
  for (let hops = 0; hops < 64; hops++) {
    if (off >= msg.length) throw new BadResponse();
    const len = msg[off];
    if (len === 0) {
      if (end === -1) end = off + 1;
      return [name, end];
    }
    if ((len & 0xc0) === 0xc0) {
      if (off + 1 >= msg.length) throw new BadResponse();
      if (end === -1) end = off + 2;
      off = ((len & 0x3f) << 8) | msg[off + 1];
      continue;
    }
    if (off + 1 + len > msg.length) throw new BadResponse();
    const label = msg.toString('latin1', off + 1, off + 1 + len);
    name = name === '' ? label : `${name}.${label}`;
    off += 1 + len;
  }
  throw new BadResponse();
}

// a <character-string>, one byte per character as Node's binding makes them (latin1)
function readString(msg, off) {
  const len = msg[off];
  return [msg.toString('latin1', off + 1, off + 1 + len), off + 1 + len];
}

function formatIPv6(msg, off) {
  const w = [];
  for (let i = 0; i < 8; i++) ArrayPrototypePush(w, msg.readUInt16BE(off + 2 * i));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { bestStart = i; bestLen = j - i; }
    i = j;
  }
  if (bestStart === 0 && (bestLen === 6 || (bestLen === 5 && w[5] === 0xffff))) {
    const v4 = `${msg[off + 12]}.${msg[off + 13]}.${msg[off + 14]}.${msg[off + 15]}`;
    return bestLen === 6 ? `::${v4}` : `::ffff:${v4}`;
  }
  let s = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      s += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    s += w[i].toString(16);
    if (i < 7) s += ':';
  }
  return s;
}

// One record's data as Node shows it in resolveAny (with `type`); the single-type functions
// reshape these (see shapeFor in internal/dns/resolver).
function parseRecord(msg, type, off, len, ttl) {
  const end = off + len;
  switch (type) {
    case TYPES.A:
      if (len !== 4) throw new BadResponse();
      return { address: `${msg[off]}.${msg[off + 1]}.${msg[off + 2]}.${msg[off + 3]}`, ttl, type: 'A' };
    case TYPES.AAAA:
      if (len !== 16) throw new BadResponse();
      return { address: formatIPv6(msg, off), ttl, type: 'AAAA' };
    case TYPES.CNAME: return { value: readName(msg, off)[0], type: 'CNAME' };
    case TYPES.NS: return { value: readName(msg, off)[0], type: 'NS' };
    case TYPES.PTR: return { value: readName(msg, off)[0], type: 'PTR' };
    case TYPES.MX:
      return { exchange: readName(msg, off + 2)[0], priority: msg.readUInt16BE(off), type: 'MX' };
    case TYPES.TXT: {
      const entries = [];
      let p = off;
      while (p < end) {
        const [s, next] = readString(msg, p);
        ArrayPrototypePush(entries, s);
        p = next;
      }
      return { entries, type: 'TXT' };
    }
    case TYPES.SRV:
      return {
        name: readName(msg, off + 6)[0], port: msg.readUInt16BE(off + 4), priority: msg.readUInt16BE(off),
        weight: msg.readUInt16BE(off + 2), type: 'SRV',
      };
    case TYPES.NAPTR: {
      const order = msg.readUInt16BE(off);
      const preference = msg.readUInt16BE(off + 2);
      let p = off + 4;
      let flags; let service; let regexp;
      [flags, p] = readString(msg, p);
      [service, p] = readString(msg, p);
      [regexp, p] = readString(msg, p);
      const replacement = readName(msg, p)[0];
      return { flags, service, regexp, replacement, order, preference, type: 'NAPTR' };
    }
    case TYPES.SOA: {
      const [nsname, p1] = readName(msg, off);
      const [hostmaster, p] = readName(msg, p1);
      return {
        // signed, as Node's binding reports them (an expire of 0xffffffff is -1)
        nsname, hostmaster, serial: msg.readInt32BE(p), refresh: msg.readInt32BE(p + 4),
        retry: msg.readInt32BE(p + 8), expire: msg.readInt32BE(p + 12), minttl: msg.readInt32BE(p + 16),
        type: 'SOA',
      };
    }
    case TYPES.CAA: {
      const critical = msg[off];
      const [tag, p] = readString(msg, off + 1);
      const r = { critical, type: 'CAA' };
      r[tag] = msg.toString('latin1', p, end);
      return r;
    }
    case TYPES.TLSA: {
      const data = new ArrayBuffer(len - 3);
      new Uint8Array(data).set(msg.subarray(off + 3, end));
      return { certUsage: msg[off], selector: msg[off + 1], match: msg[off + 2], data, type: 'TLSA' };
    }
  }
  return null; // a type Node does not report
}

// { id, rcode, truncated, question: [name, type], answers: [[name, type, record]] }, or
// throws BadResponse for a malformed message.
function parseMessage(msg) {
  if (msg.length < 12) throw new BadResponse();
  const id = msg.readUInt16BE(0);
  const flags = msg.readUInt16BE(2);
  const qd = msg.readUInt16BE(4);
  const an = msg.readUInt16BE(6);
  let off = 12;
  let question = null;
  for (let i = 0; i < qd; i++) {
    const [name, p] = readName(msg, off);
    if (p + 4 > msg.length) throw new BadResponse();
    if (question === null) question = [name, msg.readUInt16BE(p)];
    off = p + 4;
  }
  const answers = [];
  for (let i = 0; i < an; i++) {
    const [name, p] = readName(msg, off);
    if (p + 10 > msg.length) throw new BadResponse();
    const type = msg.readUInt16BE(p);
    const ttl = msg.readUInt32BE(p + 4);
    const len = msg.readUInt16BE(p + 8);
    if (p + 10 + len > msg.length) throw new BadResponse();
    const record = parseRecord(msg, type, p + 10, len, ttl);
    if (record !== null) ArrayPrototypePush(answers, [StringPrototypeToLowerCase(name), type, record]);
    off = p + 10 + len;
  }
  return { id, rcode: flags & 0xf, truncated: (flags & 0x0200) !== 0, question, answers };
}

module.exports = { TYPES, encodeQuery, parseMessage, BadResponse };
