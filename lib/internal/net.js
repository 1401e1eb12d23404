'use strict';
// IP address classification (net.isIP & co.), shared by net, dns and http.

const { RegExpPrototypeExec, StringPrototypeIndexOf, StringPrototypeSlice, StringPrototypeSplit, Symbol } = primordials;

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const hexGroup = /^[0-9a-fA-F]{1,4}$/;
const zoneReg = /^[0-9a-zA-Z\-.:]+$/;

function isIPv4(s) {
  return RegExpPrototypeExec(IPv4Reg, `${s}`) !== null;
}

// Groups of 1-4 hex digits, at most one '::', an optional dotted IPv4 tail (two groups) and
// an optional %zone.
function isIPv6(s) {
  s = `${s}`;
  const pct = StringPrototypeIndexOf(s, '%');
  if (pct !== -1) {
    if (RegExpPrototypeExec(zoneReg, StringPrototypeSlice(s, pct + 1)) === null) return false;
    s = StringPrototypeSlice(s, 0, pct);
  }
  if (s.length < 2) return false;
  const dbl = StringPrototypeIndexOf(s, '::');
  if (dbl !== -1 && StringPrototypeIndexOf(s, '::', dbl + 1) !== -1) return false;
  const groups = (part) => {
    if (part === '') return [];
    return StringPrototypeSplit(part, ':');
  };
  let head;
  let tail;
  if (dbl === -1) {
    head = groups(s);
    tail = [];
  } else {
    head = groups(StringPrototypeSlice(s, 0, dbl));
    tail = groups(StringPrototypeSlice(s, dbl + 2));
  }
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i];
    if (i === all.length - 1 && StringPrototypeIndexOf(g, '.') !== -1) {
      if (!isIPv4(g)) return false;
      count += 2;
    } else if (RegExpPrototypeExec(hexGroup, g) === null) {
      return false;
    } else {
      count++;
    }
  }
  return dbl === -1 ? count === 8 : count <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// A net.Server flag: sockets start paused (manualStart) because their owner (http) installs a
// parser on the handle before the first read.
const kManualStart = Symbol('kManualStart');
// A socket with this method (TLSSocket) gets it called with its new handle, before the handle
// reads anything: TLS must sit on the connection from its first byte.
const kOnNewHandle = Symbol('kOnNewHandle');
// socket[kInitHandle]() routes the socket's handle's reads to it (a handle changing owner).
const kInitHandle = Symbol('kInitHandle');

module.exports = { isIP, isIPv4, isIPv6, kManualStart, kOnNewHandle, kInitHandle };
