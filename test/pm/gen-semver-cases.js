// Regenerates pm/src/test/resources/semver/*.tsv from a reference node-semver (the one bundled
// with an installed npm). The Java semver tests compare against these rows, so the expected
// values are node-semver's real answers, not ours.
// Usage: node test/pm/gen-semver-cases.js /path/to/node_modules/semver
'use strict';
const fs = require('fs');
const path = require('path');
const semver = require(process.argv[2]);
const out = path.join(__dirname, '../../pm/src/test/resources/semver');
fs.mkdirSync(out, { recursive: true });

const ranges = [
  '', '*', 'x', 'X', '1', '1.x', '1.x.x', '1.2', '1.2.x', '1.2.3', '=1.2.3', 'v1.2.3', '1.2.3-beta.1',
  '^1.2.3', '^1.2', '^1', '^0.2.3', '^0.2', '^0.0.3', '^0.0', '^0', '^0.0.x', '^0.x', '^1.2.3-beta.2',
  '^0.0.1-beta', '^0.1.2-beta', '^ 1.2.3', '^1.x', '^x', '~1.2.3', '~1.2', '~1', '~0.2.3', '~0', '~> 1.2.3',
  '~>1.2', '~1.2.3-beta.2', '~ 1.2.3', '~x', '~1.x', '>1.2.3', '>=1.2.3', '<1.2.3', '<=1.2.3', '> 1.2.3',
  '>= 1.2.3', '< 1.2', '<=1.2', '>1.2', '>=1.2', '>1', '<1', '<=1', '>=1', '>x', '<x', '>=x', '<=1.2.x',
  '>1.x', '1.2.3 - 2.3.4', '1.2 - 2.3.4', '1.2.3 - 2.3', '1.2.3 - 2', '1 - 2', '1.2.3-pre - 2.3.4-pre',
  '* - 2', '1.2.3 - *', '1.2.3 || 2.x', '1.2.x || 2.x', '^1.2.3 || ^2.0.0', '>=1.2.3 <2.0.0',
  '>1.2.3 <1.2.5', '>= 1.0.0 < 2.0.0', '>=0.0.0', '>=0.0.0-0', '<0.0.0-0', '<0.0.0', '1.2.3 || <0.0.0-0',
  '>=1.2.3-alpha.3 <1.2.4', '>1.2.3-alpha.3', '1.2.3-alpha.3 || 2.0.0', '>=1.0.0-rc.1', '<2.0.0-0',
  '>=1.0.0 <=1.0.0', '1.0.0 - 1.0.0', '2.x.x', '2.x || 3.x', '01.2.3', '1.2.3+build', '>=1.2.3+build',
  '1.2.3-beta.1+build', 'invalid', '1.2.3.4', '>>1.2.3', '1.x.2', 'x.2.3', 'latest', 'git+https://a/b',
  '  1.2.3  ', '> =1.2.3', '1.2.3 - 2.3.4 || 4.x', '^1.2.3 >=1.5.0', '~1.2.1 >=1.2.3', '>=*', '<=*',
  '^0.0.0', '~0.0.0', '^0.0.0-0', '^1.0.0-0', '~v1.2.3', '^v1.2.3', '=v1.2', '>=v1', '1.2.3beta',
];
const versions = [
  '0.0.0', '0.0.1', '0.0.1-beta', '0.0.2', '0.0.3', '0.0.4', '0.1.0', '0.1.2', '0.1.2-beta', '0.1.3',
  '0.2.0', '0.2.3', '0.2.9', '0.3.0', '1.0.0', '1.0.0-0', '1.0.0-rc.1', '1.0.0-rc.2', '1.1.0', '1.2.0',
  '1.2.2', '1.2.3', '1.2.3-0', '1.2.3-alpha.3', '1.2.3-alpha.7', '1.2.3-beta', '1.2.3-beta.1',
  '1.2.3-beta.2', '1.2.3-beta.4', '1.2.3+build', '1.2.4', '1.2.4-beta', '1.2.5', '1.3.0', '1.9.9',
  '2.0.0', '2.0.0-0', '2.0.0-pre', '2.3.4', '2.3.4-pre', '2.3.5', '2.4.0', '2.9.9', '3.0.0', '3.1.0',
  '4.0.0', '4.5.6', '10.0.0', 'v1.2.3', '=1.2.3', ' 1.2.3 ', '1.2.3beta', '01.2.3', 'not-a-version',
];
const rows = [];
for (const r of ranges) {
  for (const v of versions) {
    for (const [loose, incPr] of [[false, false], [false, true], [true, false]]) {
      const opts = { loose, includePrerelease: incPr };
      rows.push([JSON.stringify(r), JSON.stringify(v), loose, incPr, semver.satisfies(v, r, opts)].join('\t'));
    }
  }
}
fs.writeFileSync(path.join(out, 'satisfies.tsv'), rows.join('\n') + '\n');

const valid = [];
for (const r of ranges) {
  for (const [loose, incPr] of [[false, false], [false, true], [true, false]]) {
    let v;
    try { v = new semver.Range(r, { loose, includePrerelease: incPr }).range; } catch (e) { v = null; }
    valid.push([JSON.stringify(r), loose, incPr, JSON.stringify(v)].join('\t'));
  }
}
fs.writeFileSync(path.join(out, 'ranges.tsv'), valid.join('\n') + '\n');

const sorted = versions.filter(v => semver.valid(v)).map(v => semver.clean(v));
const cmps = [];
for (const a of versions) for (const b of versions) {
  const va = semver.valid(a, true), vb = semver.valid(b, true);
  cmps.push([JSON.stringify(a), JSON.stringify(b), va && vb ? semver.compare(a, b, true) : 'invalid',
    JSON.stringify(semver.valid(a)), JSON.stringify(semver.valid(a, true))].join('\t'));
}
fs.writeFileSync(path.join(out, 'compare.tsv'), cmps.join('\n') + '\n');

const max = [];
for (const r of ranges) {
  max.push([JSON.stringify(r), JSON.stringify(semver.maxSatisfying(sorted, r)),
    JSON.stringify(semver.minSatisfying(sorted, r))].join('\t'));
}
fs.writeFileSync(path.join(out, 'max.tsv'), max.join('\n') + '\n');
console.log(rows.length, valid.length, cmps.length, max.length);
