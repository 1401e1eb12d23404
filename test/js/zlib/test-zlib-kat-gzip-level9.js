'use strict';
// gzip with level: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = {"level":9};
const expected = Buffer.from("H4sIAAAAAAACA+3QVVvTcRgGYAtRURELC/ipgI0iKhIqiooF1uwkBiPGHwYjDbq7u7ubbdR1Pc8X80tw5nt+H906g14lm2Mj41WESUtPVNFahoozG5NSlJamN6lUg14lhGdlqigtxkvpBAsWLFiwYMGCBQsWLFiwYMGCBW8G3r7H6Zib55UbAQ+evvrwXZ+QkoVclKAaTejEAMYxBytzWMwqNrKD/RzjLC3c2Lnv8MkzF6753n304u3ncIOW9hsFKEcdWtGDYUxhEavMZxlr2cJuDnGSC1zZtvuAs6vHZR//+09evv8WFW/KRA6KUYVGdKAfY5iFBRssYiUb2M4+jnKGy1y323voxOnzV2/defj8zaefMYnmX8hHGWrRgm4MYRILWGEeS1nDZnZxkBOcp23rLsejLu6XrvsFhYS9+xoZl5zxF0WoRAPa0YdRzGAZ6yxkBevZxl6OcJpLXNvhcPC4Oud1MzD42euPP6KNqdnIQylq0IwuDGIC87AxlyWsZhM7OcBxztG6xX7/kVNnL3rfvvc4VPclIjYp/Q8KUYF6tKEXI5jGEtZYwHLWsZU9HOYUF7kq//Iv//Iv//Iv//Iv//Iv//Iv//Iv///n/z9dQVAJKCMAAA==", 'base64');
const mine = zlib.gzipSync(input, opts);
const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
assert.deepStrictEqual(zlib.gunzipSync(mine, inflateOpts), input);
assert.deepStrictEqual(zlib.gunzipSync(expected, inflateOpts), input);
zlib.gunzip(expected, opts.dictionary ? { dictionary: opts.dictionary } : {}, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const chunks = [];
const s = zlib.createGzip(opts);
s.on('data', (c) => chunks.push(c));
s.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.gunzipSync(Buffer.concat(chunks), inflateOpts), input)));
for (let i = 0; i < input.length; i += 1000) s.write(input.subarray(i, i + 1000));
s.end();
