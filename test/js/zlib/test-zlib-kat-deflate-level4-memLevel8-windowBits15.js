'use strict';
// deflate with {"level":4,"memLevel":8,"windowBits":15}: Node's bytes inflate; node4j's output inflates (Node's exact bytes are not promised: it ships Chromium's zlib).
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const expected = Buffer.from("eF7t0FVb03EYBmALUVERCwv4qYCNIioSKoqKBdbsJAYjxh8GIw26u7u7m23UdT3PF/NLcOZ7fh/dOoNeJZtjI+NVhElLT1TRWoaKMxuTUpSWpjepVINeJYRnZaooLcZL6QQLFixYsGDBggULFixYsGDBggVvBt6+x+mYm+eVGwEPnr768F2fkJKFXJSgGk3oxADGMQcrc1jMKjayg/0c4ywt3Ni57/DJMxeu+d599OLt53CDlvYbBShHHVrRg2FMYRGrzGcZa9nCbg5xkgtc2bb7gLOrx2Uf//tPXr7/FhVvykQOilGFRnSgH2OYhQUbLGIlG9jOPo5yhstct9t76MTp81dv3Xn4/M2nnzGJ5l/IRxlq0YJuDGESC1hhHktZw2Z2cZATnKdt6y7Hoy7ul677BYWEvfsaGZec8RdFqEQD2tGHUcxgGessZAXr2cZejnCaS1zb4XDwuDrndTMw+Nnrjz+ijanZyEMpatCMLgxiAvOwMZclrGYTOznAcc7RusV+/5FTZy963773OFT3JSI2Kf0PClGBerShFyOYxhLWWMBy1rGVPRzmFBe5Kv/yL//yL//yL//yL//yL//yL//yL///5/8/O33eSA==", 'base64');
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(input, {"level":4,"memLevel":8,"windowBits":15})), input);
assert.deepStrictEqual(zlib.inflateSync(expected), input);
