'use strict';
// net.BlockList: rules on single addresses, ranges and subnets, checked in one 128-bit space
// (IPv4 as IPv4-mapped IPv6, so an IPv4 rule matches ::ffff:a.b.c.d and back, as in Node).
// `rules` lists addresses, then subnets, then ranges, newest first within each, as Node's does.

const {
  ArrayIsArray, ArrayPrototypePush, ArrayPrototypeUnshift, BigInt, JSONParse, NumberParseInt, RegExpPrototypeExec,
  StringPrototypeSplit, SymbolFor,
} = primordials;
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { SocketAddress } = require('internal/socketaddress');

const kInspect = SymbolFor('nodejs.util.inspect.custom');
const MAPPED = 0xffffn << 32n;

// the address as a 128-bit number (IPv4 mapped into ::ffff:0:0/96)
function toBig(address, family) {
  if (family === 'ipv4') {
    const p = StringPrototypeSplit(address, '.');
    return MAPPED | BigInt(((+p[0] << 24) | (+p[1] << 16) | (+p[2] << 8) | +p[3]) >>> 0);
  }
  let a = StringPrototypeSplit(address, '%')[0];
  const lastColon = a.lastIndexOf(':');
  if (a.indexOf('.', lastColon) !== -1) {
    // a dotted IPv4 tail becomes its two hex groups
    const v4 = Number(toBig(a.slice(lastColon + 1), 'ipv4') & 0xffffffffn);
    a = `${a.slice(0, lastColon + 1)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const [head, rest] = a.includes('::') ? StringPrototypeSplit(a, '::') : [a, undefined];
  const h = head ? StringPrototypeSplit(head, ':') : [];
  const t = rest ? StringPrototypeSplit(rest, ':') : [];
  const fill = 8 - h.length - t.length;
  const groups = rest === undefined ? h : [...h, ...new Array(fill).fill('0'), ...t];
  let n = 0n;
  for (let i = 0; i < groups.length; i++) n = (n << 16n) | BigInt(NumberParseInt(groups[i] || '0', 16));
  return n;
}

function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

function label(family) {
  return family === 'ipv4' ? 'IPv4' : 'IPv6';
}

class BlockList {
  #addresses = []; // { text, value }
  #subnets = []; // { text, base, mask }
  #ranges = []; // { text, start, end }

  static isBlockList(value) {
    return typeof value === 'object' && value !== null && #addresses in value;
  }

  addAddress(address, family = 'ipv4') {
    const a = toSocketAddress(address, family, 'address');
    ArrayPrototypeUnshift(this.#addresses, {
      text: `Address: ${label(a.family)} ${a.address}`, value: toBig(a.address, a.family),
    });
  }

  addRange(start, end, family = 'ipv4') {
    const s = toSocketAddress(start, family, 'start');
    const e = toSocketAddress(end, family, 'end');
    const sv = toBig(s.address, s.family);
    const ev = toBig(e.address, e.family);
    if (sv > ev) throw new ERR_INVALID_ARG_VALUE('start', s, 'must come before end');
    ArrayPrototypeUnshift(this.#ranges, {
      text: `Range: ${label(s.family)} ${s.address}-${e.address}`, start: sv, end: ev,
    });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const n = toSocketAddress(network, family, 'network');
    validateInt32(prefix, 'prefix', 0, n.family === 'ipv4' ? 32 : 128);
    const bits = BigInt(n.family === 'ipv4' ? 96 + prefix : prefix);
    const mask = bits === 0n ? 0n : ((1n << bits) - 1n) << (128n - bits);
    ArrayPrototypeUnshift(this.#subnets, {
      text: `Subnet: ${label(n.family)} ${n.address}/${prefix}`, base: toBig(n.address, n.family) & mask, mask,
    });
  }

  check(address, family = 'ipv4') {
    let a;
    if (SocketAddress.isSocketAddress(address)) {
      a = address;
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        a = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const v = toBig(a.address, a.family);
    for (const r of this.#addresses) if (r.value === v) return true;
    for (const r of this.#subnets) if ((v & r.mask) === r.base) return true;
    for (const r of this.#ranges) if (v >= r.start && v <= r.end) return true;
    return false;
  }

  get rules() {
    const out = [];
    for (const list of [this.#addresses, this.#subnets, this.#ranges]) {
      for (const r of list) ArrayPrototypePush(out, r.text);
    }
    return out;
  }

  toJSON() {
    return this.rules;
  }

  // Rules as `rules` prints them (an array, or its JSON); lines that are not rules are skipped.
  fromJSON(data) {
    let list = data;
    if (typeof data === 'string') list = JSONParse(data);
    else if (!ArrayIsArray(data)) throw new ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], data);
    for (const rule of list) {
      if (typeof rule !== 'string') continue;
      const m = RegExpPrototypeExec(/^(Address|Range|Subnet): (IPv4|IPv6) (.+)$/, rule);
      if (m === null) continue;
      const family = m[2] === 'IPv4' ? 'ipv4' : 'ipv6';
      try {
        if (m[1] === 'Address') {
          this.addAddress(m[3], family);
        } else if (m[1] === 'Range') {
          const dash = m[3].indexOf('-');
          this.addRange(m[3].slice(0, dash), m[3].slice(dash + 1), family);
        } else {
          const slash = m[3].lastIndexOf('/');
          this.addSubnet(m[3].slice(0, slash), +m[3].slice(slash + 1), family);
        }
      } catch {
        // a malformed rule is skipped, like an unknown line
      }
    }
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { BlockList };
