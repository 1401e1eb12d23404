'use strict';
// libuv's error names and messages (Node's uv binding), read once on first use.

const { SafeMap } = primordials;

let map;
function errorMap() {
  if (map === undefined) {
    const t = internalBinding('uv').errorTable();
    map = new SafeMap();
    for (let i = 0; i < t.length; i += 3) map.set(t[i], [t[i + 1], t[i + 2]]);
  }
  return map;
}

// 'EINVAL' for -22; Node's fallback text for numbers libuv does not know.
function errnoName(errno) {
  const e = errorMap().get(errno);
  return e !== undefined ? e[0] : `Unknown system error ${errno}`;
}

function errnoMessage(errno) {
  const e = errorMap().get(errno);
  return e !== undefined ? e[1] : `Unknown system error ${errno}`;
}

module.exports = { errorMap, errnoName, errnoMessage };
