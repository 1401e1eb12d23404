'use strict';
// The box-drawing table console.table prints.

const {
  ArrayPrototypeJoin,
  ArrayPrototypeMap,
  MathMax,
  StringPrototypeRepeat,
} = primordials;

const tableChars = {
  middleMiddle: '─', rowMiddle: '┼', topRight: '┐', topLeft: '┌', leftMiddle: '├',
  topMiddle: '┬', bottomRight: '┘', bottomLeft: '└', bottomMiddle: '┴', rightMiddle: '┤',
  left: '│ ', right: ' │', middle: ' │ ',
};

function stringWidth(str) {
  const { getStringWidth } = require('internal/util/inspect');
  return getStringWidth ? getStringWidth(str) : str.length;
}

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = stringWidth(cell);
    out += cell + StringPrototypeRepeat(' ', columnWidths[i] - len);
    if (i !== row.length - 1) out += tableChars.middle;
  }
  out += tableChars.right;
  return out;
}

// head: column titles; columns: arrays of cell strings, one array per column.
function table(head, columns) {
  const rows = [];
  const columnWidths = ArrayPrototypeMap(head, (h) => stringWidth(h));
  const longestColumn = MathMax(...ArrayPrototypeMap(columns, (a) => a.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.hasOwn(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      const counted = stringWidth(value);
      columnWidths[i] = MathMax(width, counted);
    }
  }
  const divider = ArrayPrototypeMap(columnWidths, (i) => StringPrototypeRepeat(tableChars.middleMiddle, i + 2));
  let result = `${tableChars.topLeft}${ArrayPrototypeJoin(divider, tableChars.topMiddle)}${tableChars.topRight}\n` +
    `${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${ArrayPrototypeJoin(divider, tableChars.rowMiddle)}${tableChars.rightMiddle}\n`;
  for (const row of rows) result += `${renderRow(row, columnWidths)}\n`;
  result += `${tableChars.bottomLeft}${ArrayPrototypeJoin(divider, tableChars.bottomMiddle)}${tableChars.bottomRight}`;
  return result;
}

module.exports = table;
