'use strict';
// Compressed data recorded from node4j (gzip, deflate, raw deflate, brotli, zstd) decompresses to
// the input here: run under reference Node 24 this proves Node reads node4j's output.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));
const input = Buffer.from('node4j interop '.repeat(300) + bytes(2000).toString('latin1'));
const rows = [
 [
  "gunzipSync",
  "H4sIAAAAAAAAA+3QV1sNABwH4EqkSGgQ4pAWKS1JS4UySlMp7U67c1oU7b333nvvvet5fr8v5iO4cve/fG9flTpF6ZypyFAVKvPVuQqVUCgUCoVCoVAoFAqFQqHw//OS3q27jyxfOLv7fgyOjFNmF/xBFRrRgX6MYRYr2MYRK9nAdvZxlDNc5hYPeXFF3+j+E5uXrl7vv4RFJ6arf5WhFi3oxhAmsYB17OGUNWxmFwc5wXmucZcnWro37zy0sHV64xPw9VtsSlb+b1SiAe3owyhmsIwtHOKC9WxjL0c4zSVu8oDnl68b3ntsbf/K893n0O8JaaqfpahBM7owiAnMYw27OGE1m9jJAY5zjqvc4bHmVQMTs6fPHd3e+gdF/EjOzCuuQD3a0IsRTGMJmzjAOevYyh4Oc4qL3OA+z7Sv3TZVWNm5ePh9ComKT80pLEE1mtCJAYxjDqvYwTGr2MgO9nOMs1zhNo80dG4YPzB/5vDa+0NgeExSRm5ROerQih4MYwqL2MA+zljLFnZziJNc4Dr3eCr/8i//8i//8i//8i//8v+P/79h4lw4Rx0AAA=="
 ],
 [
  "inflateSync",
  "eNrt0FdbDQAcB+BKpEhoEOKQFiktSUuFMkpTKe1Ou3NaFO299957773reX6/L+YjuHL3v3xvX5U6RemcqchQFSrz1bkKlVAoFAqFQqFQKBQKhUKh8P/zkt6tu48sXzi7+34MjoxTZhf8QRUa0YF+jGEWK9jGESvZwHb2cZQzXOYWD3lxRd/o/hObl65e77+ERSemq3+VoRYt6MYQJrGAdezhlDVsZhcHOcF5rnGXJ1q6N+88tLB1euMT8PVbbEpW/m9UogHt6MMoZrCMLRzigvVsYy9HOM0lbvKA55evG957bG3/yvPd59DvCWmqn6WoQTO6MIgJzGMNuzhhNZvYyQGOc46r3OGx5lUDE7Onzx3d3voHRfxIzswrrkA92tCLEUxjCZs4wDnr2MoeDnOKi9zgPs+0r902VVjZuXj4fQqJik/NKSxBNZrQiQGMYw6r2MExq9jIDvZzjLNc4TaPNHRuGD8wf+bw2vtDYHhMUkZuUTnq0IoeDGMKi9jAPs5YyxZ2c4iTXOA693gq//Iv//Iv//Iv//Iv//L/j/+/pifRnQ=="
 ],
 [
  "inflateRawSync",
  "7dZFVxUAEAVgQBRBEZVQVPQpUoogJSIloIIBkoIgzaN5j1JQuru7u7sbzrn3j/kTXLmb5WzvmfnmqtQpSudMRYaqUJmvzlWoZJQ0ZBnkFoQCkVAkFAlFQpFQJBQJRUKRUCQUCUXC/y/hJb1bdx9ZvnB29/0YHBmnzC74gyo0ogP9GMMsVrCNI1ayge3s4yhnuMwtHvLiir7R/Sc2L1293n8Ji05MV/8qQy1a0I0hTGIB69jDKWvYzC4OcoLzXOMuT7R0b955aGHr9MYn4Ou32JSs/N+oRAPa0YdRzGAZWzjEBevZxl6OcJpL3OQBzy9fN7z32Nr+lee7z6HfE9JUP0tRg2Z0YRATmMcadnHCajaxkwMc5xxXucNjzasGJmZPnzu6vfUPiviRnJlXXIF6tKEXI5jGEjZxgHPWsZU9HOYUF7nBfZ5pX7ttqrCyc/Hw+xQSFZ+aU1iCajShEwMYxxxWsYNjVrGRHeznGGe5wm0eaejcMH5g/szhtfeHwPCYpIzconLUoRU9GMYUFrGBfZyxli3s5hAnucB17vFU8pf8Zf/FH/FH/Jf/K/9X+o/0z3/0z78="
 ],
 [
  "brotliDecompressSync",
  "G0YdYJwFzumLRtzmxboUFR0a8SZKFMC4OkAvlhR2ZswZcp2aHz5s27q8KrFyHrB6fwbnDTlKB9GCePLZpRIkWCGtvcFXvJ8EAOdB+7QHAODV8fHxz205qLDot3e+AhgRn5ZbUt3UCYDjqByxyujwm20vL99YpQ2zST2dbntDopMyC8rrWnvAKCKDL9Na3KPl4f7+x6Kil0Herc90BiA8LjWnuKqxox8MS2GLlAa7b7o5P38hmdTUxNV4/OsTHJWYkV9W29INQhLoPKnG7Bou9re3X2ryTvisXe7x+P9YbEp2UWVDex8UQ2YJFXqbd7I+PX1CEVdER+Wwf8sdFJmQnlda09wFROBpXIna5BzMd9fXH6Kzlru0mS+/f6ExyVmFFfVtvRA0iSmQ66weAA=="
 ],
 [
  "zstdDecompressSync",
  "KLUv/WBHHAUMAPZYXCkgproZCf7//////////////40kSZIkCXPadr+njG666aZo5ifcdNOOAlQAUgBPADNdtM/Mi8dR0xvj5QqUJEJ20HBxAoSGCQwKrJWsXbXqU5Ea1GeRDbZsr6+GOmmhd04u3A2aMrktVJoY+YHjtoKEhwsQEgiw+Xq/HJCns+1uOVyPF8NJwxPTxcoTJEF0zGhh4kMGCQsIqHWsXK2qU48KVGePXZvsrq1+GumgnyMP3uZHBqdlCpMiPm7EUDGig4UHCAKcFaxZlepSidrTZYlFO2ytpwJAcshgUcKGIYKCAWkV61ap2lSj/rRZY9Uem+uqnT4aaOfH57A5swOTRcoSIj1swEghgkMFBwcAmPWrWI2qUofKU2WHPRvsrKVemuielxMDaA2rVqfK1KL6lNli0xZ7a6qbNvrn5sblrPHpvmCJomQIjxovUITYQKGBAZ2yevWqUE2qUHearLBmf4111EoPzbPy4W+AZsJwqeLkSAIAgDAaXP4kGNLPOg=="
 ]
];
for (const [decompress, b64] of rows) {
  assert.deepStrictEqual(zlib[decompress](Buffer.from(b64, 'base64')), input, decompress);
}
