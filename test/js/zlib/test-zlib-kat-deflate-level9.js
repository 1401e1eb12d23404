'use strict';
// deflate with level: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = {"level":9};
const expected = Buffer.from("eNrt0FVb03EYBmALUVERCwv4qYCNIioSKoqKBdbsJAYjxh8GIw26u7u7m23UdT3PF/NLcOZ7fh/dOoNeJZtjI+NVhElLT1TRWoaKMxuTUpSWpjepVINeJYRnZaooLcZL6QQLFixYsGDBggULFixYsGDBggVvBt6+x+mYm+eVGwEPnr768F2fkJKFXJSgGk3oxADGMQcrc1jMKjayg/0c4ywt3Ni57/DJMxeu+d599OLt53CDlvYbBShHHVrRg2FMYRGrzGcZa9nCbg5xkgtc2bb7gLOrx2Uf//tPXr7/FhVvykQOilGFRnSgH2OYhQUbLGIlG9jOPo5yhstct9t76MTp81dv3Xn4/M2nnzGJ5l/IRxlq0YJuDGESC1hhHktZw2Z2cZATnKdt6y7Hoy7ul677BYWEvfsaGZec8RdFqEQD2tGHUcxgGessZAXr2cZejnCaS1zb4XDwuDrndTMw+Nnrjz+ijanZyEMpatCMLgxiAvOwMZclrGYTOznAcc7RusV+/5FTZy963773OFT3JSI2Kf0PClGBerShFyOYxhLWWMBy1rGVPRzmFBe5Kv/yL//yL//yL//yL//yL//yL//yL///5/8/O33eSA==", 'base64');
const mine = zlib.deflateSync(input, opts);
const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
assert.deepStrictEqual(zlib.inflateSync(mine, inflateOpts), input);
assert.deepStrictEqual(zlib.inflateSync(expected, inflateOpts), input);
zlib.inflate(expected, opts.dictionary ? { dictionary: opts.dictionary } : {}, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const chunks = [];
const s = zlib.createDeflate(opts);
s.on('data', (c) => chunks.push(c));
s.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.inflateSync(Buffer.concat(chunks), inflateOpts), input)));
for (let i = 0; i < input.length; i += 1000) s.write(input.subarray(i, i + 1000));
s.end();
