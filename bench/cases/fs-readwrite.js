'use strict';
// Whole-file I/O: writeFileSync/readFileSync and the callback forms of a 100 MB file.
const fs = require('fs');
const dir = fs.mkdtempSync(`${process.env.TMPDIR || '/tmp'}/node4j-bench-fs-`);
const file = `${dir}/big`;
const data = Buffer.alloc(100 * 1024 * 1024); // zeros: the fill speed is not what this measures
function ms(t) { return (Number(process.hrtime.bigint() - t) / 1e6).toFixed(1); }

let t = process.hrtime.bigint();
fs.writeFileSync(file, data);
console.log(`BENCH writeFileSync-100MB ${ms(t)} ms`);
t = process.hrtime.bigint();
const back = fs.readFileSync(file);
console.log(`BENCH readFileSync-100MB ${ms(t)} ms`);
if (back.length !== data.length) throw new Error('short read');
t = process.hrtime.bigint();
const text = fs.readFileSync(file, 'utf8');
console.log(`BENCH readFileSync-utf8-100MB ${ms(t)} ms`);
if (text.length !== data.length) throw new Error('short read');

t = process.hrtime.bigint();
fs.writeFile(file, data, (err) => {
  if (err) throw err;
  console.log(`BENCH writeFile-100MB ${ms(t)} ms`);
  t = process.hrtime.bigint();
  fs.readFile(file, (err, buf) => {
    if (err) throw err;
    console.log(`BENCH readFile-100MB ${ms(t)} ms`);
    if (buf.length !== data.length) throw new Error('short read');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
