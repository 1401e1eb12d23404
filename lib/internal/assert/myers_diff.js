'use strict';
// Line (and character) diffs for assertion messages: E. Myers' O(ND) greedy algorithm
// ("An O(ND) Difference Algorithm and Its Variations", 1986). The forward pass records,
// for every edit distance d, the furthest reaching x on each diagonal k = x - y; walking
// those rows back from the end yields one shortest edit script. Ties prefer consuming
// `actual` first, so within a changed block the actual ("+") lines come before the
// expected ("-") ones.

const {
  ArrayPrototypePush,
  ArrayPrototypeReverse,
  Int32Array,
  StringPrototypeEndsWith,
} = primordials;

const kNop = 0;
const kInsert = 1; // only in `actual`
const kDelete = 2; // only in `expected`

function linesEqual(a, b, checkCommaDisparity) {
  if (a === b) return true;
  if (!checkCommaDisparity) return false;
  // The last entry of an object or array has no trailing comma; ignore that difference.
  return `${a},` === b || a === `${b},`;
}

// Returns [[op, value], ...] from start to end.
function myersDiff(actual, expected, checkCommaDisparity = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  // rows[d][(k + d) >> 1] = furthest x reached on diagonal k with d edits.
  const rows = [];
  let prev = null;
  for (let d = 0; d <= max; d++) {
    const row = new Int32Array(d + 1);
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (d === 0) {
        x = 0;
      } else if (k === -d || (k !== d && prev[(k - 1 + d - 1) >> 1] < prev[(k + 1 + d - 1) >> 1])) {
        x = prev[(k + 1 + d - 1) >> 1]; // step down: one more `expected` line
      } else {
        x = prev[(k - 1 + d - 1) >> 1] + 1; // step right: one more `actual` line
      }
      let y = x - k;
      while (x < n && y < m && linesEqual(actual[x], expected[y], checkCommaDisparity)) {
        x++;
        y++;
      }
      row[(k + d) >> 1] = x;
      if (x >= n && y >= m) {
        ArrayPrototypePush(rows, row);
        return backtrack(rows, actual, expected, checkCommaDisparity);
      }
    }
    ArrayPrototypePush(rows, row);
    prev = row;
  }
  return [];
}

function backtrack(rows, actual, expected, checkCommaDisparity) {
  const result = [];
  let x = actual.length;
  let y = expected.length;
  for (let d = rows.length - 1; d >= 0; d--) {
    const k = x - y;
    let prevX;
    let prevY;
    if (d === 0) {
      prevX = 0;
      prevY = 0;
    } else {
      const prev = rows[d - 1];
      let prevK;
      if (k === -d || (k !== d && prev[(k - 1 + d - 1) >> 1] < prev[(k + 1 + d - 1) >> 1])) {
        prevK = k + 1;
      } else {
        prevK = k - 1;
      }
      prevX = prev[(prevK + d - 1) >> 1];
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      const value = checkCommaDisparity && !StringPrototypeEndsWith(line, ',') ?
        expected[y - 1] : line;
      ArrayPrototypePush(result, [kNop, value]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        ArrayPrototypePush(result, [kInsert, actual[x - 1]]);
        x--;
      } else {
        ArrayPrototypePush(result, [kDelete, expected[y - 1]]);
        y--;
      }
    }
  }
  return ArrayPrototypeReverse(result);
}

// A run of unchanged lines longer than this is cut: its first lines are kept as
// context after a change, and only its last line before the next change.
const kNopLinesToCollapse = 5;

function printMyersDiff(diff, colors, partial = false) {
  const lines = [];
  let skipped = false;
  const nopLine = (value) => `${colors.white}  ${value}`;
  let i = 0;
  while (i < diff.length) {
    if (diff[i][0] === kNop) {
      let end = i;
      while (end < diff.length && diff[end][0] === kNop) end++;
      const runLength = end - i;
      const head = runLength < kNopLinesToCollapse ? runLength : kNopLinesToCollapse;
      for (let j = i; j < i + head; j++) ArrayPrototypePush(lines, nopLine(diff[j][1]));
      if (end < diff.length && runLength > kNopLinesToCollapse) {
        if (runLength <= kNopLinesToCollapse + 2) {
          for (let j = i + kNopLinesToCollapse; j < end; j++) ArrayPrototypePush(lines, nopLine(diff[j][1]));
        } else {
          ArrayPrototypePush(lines, `${colors.blue}...${colors.white}`);
          ArrayPrototypePush(lines, nopLine(diff[end - 1][1]));
          skipped = true;
        }
      }
      i = end;
      continue;
    }
    const [op, value] = diff[i];
    if (op === kInsert) {
      if (partial && colors.hasColors) {
        ArrayPrototypePush(lines, `${colors.gray}  ${value}${colors.white}`);
      } else {
        ArrayPrototypePush(lines, `${colors.green}+${colors.white} ${value}`);
      }
    } else {
      ArrayPrototypePush(lines, `${colors.red}-${colors.white} ${value}`);
    }
    i++;
  }
  let message = '';
  for (let j = 0; j < lines.length; j++) message += j === 0 ? lines[j] : `\n${lines[j]}`;
  return { message: `\n${message}`, skipped };
}

// Character diff of two one-line strings, colored (only used when colors are on).
function printSimpleMyersDiff(diff, colors) {
  let message = '';
  for (let i = 0; i < diff.length; i++) {
    const [op, value] = diff[i];
    const color = op === kInsert ? colors.green : op === kDelete ? colors.red : colors.white;
    message += `${color}${value}${colors.white}`;
  }
  return `\n${message}`;
}

module.exports = {
  kDelete,
  kInsert,
  kNop,
  myersDiff,
  printMyersDiff,
  printSimpleMyersDiff,
};
