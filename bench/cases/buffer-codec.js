'use strict';
// Buffer codecs on 1 MB: utf8 (mixed 1-4 byte characters), base64 and hex, each an
// encode (bytes -> string) plus a decode (string -> bytes), timed per iteration.
const parts = ['ascii text ', 'h\u00e9llo ', '\u20ac ', '\ud83d\ude00 '];
let text = '';
while (text.length < 1 << 19) text += parts[text.length % 4];
const bytes = Buffer.from(text);
const raw = Buffer.alloc(1 << 20);
for (let i = 0; i < raw.length; i++) raw[i] = (i * 31 + (i >> 8)) & 0xff;

function time(name, fn) {
  const times = [];
  for (let i = 0; i < 30; i++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const warm = times.slice(-10).sort((a, b) => a - b);
  console.log(`BENCH ${name}-first ${times[0].toFixed(2)} ms`);
  console.log(`BENCH ${name}-warm ${warm[5].toFixed(2)} ms`);
}

time('buffer-utf8-1MB', () => {
  const s = bytes.toString();
  if (Buffer.from(s).length !== bytes.length) throw new Error('utf8 round trip');
});
time('buffer-base64-1MB', () => {
  const s = raw.toString('base64');
  if (Buffer.from(s, 'base64').length !== raw.length) throw new Error('base64 round trip');
});
time('buffer-hex-1MB', () => {
  const s = raw.toString('hex');
  if (Buffer.from(s, 'hex').length !== raw.length) throw new Error('hex round trip');
});
