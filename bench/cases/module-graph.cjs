'use strict';
// Writes an n-module graph (a binary tree: module i loads 2i+1 and 2i+2) of ES modules
// (kind 'esm', .mjs) or CommonJS modules (kind 'cjs', .cjs) into a new temporary folder.
// Each module's sum() counts the modules below it, so the root's sum() is n.
const fs = require('fs');
const os = require('os');
const path = require('path');

function moduleGraph(kind, n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `node4j-bench-${kind}-`));
  const ext = kind === 'esm' ? 'mjs' : 'cjs';
  for (let i = 0; i < n; i++) {
    const kids = [2 * i + 1, 2 * i + 2].filter((k) => k < n);
    let text;
    if (kind === 'esm') {
      text = kids.map((k) => `import { sum as s${k} } from './m${k}.${ext}';\n`).join('') +
        `export const id = ${i};\nexport function sum() { return 1${kids.map((k) => ` + s${k}()`).join('')}; }\n`;
    } else {
      text = kids.map((k) => `const s${k} = require('./m${k}.${ext}').sum;\n`).join('') +
        `exports.id = ${i};\nexports.sum = function sum() { return 1${kids.map((k) => ` + s${k}()`).join('')}; };\n`;
    }
    fs.writeFileSync(path.join(dir, `m${i}.${ext}`), text);
  }
  return { dir, entry: path.join(dir, `m0.${ext}`) };
}

module.exports = { moduleGraph };
