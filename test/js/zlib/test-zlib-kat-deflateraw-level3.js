'use strict';
// deflateRaw with level: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = {"level":3};
const expected = Buffer.from("7ZhVW5RRFIUtREVFLCzgqICNIioSKoqKBdbYSQwMMXwwMKRBd3d3dzMz1POs9cf8E9y578/VfvZZ6323zqBXyebYyHgVYdLSE1W0lqHizMakFKWl6U0q1aBXCeFZmSpKi/FSOnks05DdkJ8iUSDBKDUhpSlUIIwkxCj8LIIguiTyKHYsdrwZdrx9j9MxN88rNwIePH314bs+ISULuShBNZrQiQGMYw5W5rCYVWxkB/s5xllauLFz3+GTZy5c87376MXbz+EGLe03ClCOOrSiB8OYwiJWmc8y1rKF3RziJBe4sm33AWdXj8s+/vefvHz/LSrelIkcFKMKjehAP8YwCws2WMRKNrCdfRzlDJe5brf30InT56/euvPw+ZtPP2MSzb+QjzLUogXdGMIkFrDCPJayhs3s4iAnOE/b1l2OR13cL133CwoJe/c1Mi454y+KUIkGtKMPo5jBMtZZyArWs429HOE0l7i2w+HgcXXO62Zg8LPXH39EG1OzkYdS1KAZXRjEBOZhYy5LWM0mdnKA45yjdYv9/iOnzl70vn3vcajuS0RsUvofFKIC9WhDL0YwjSWssYDlrGMrezjMKS5yVeYv85f9l/yR/JH8l/6V/hX+Ef4U/hT+F/8S/xL//T/vD/8A", 'base64');
const mine = zlib.deflateRawSync(input, opts);
const inflateOpts = opts.dictionary ? { dictionary: opts.dictionary } : {};
assert.deepStrictEqual(zlib.inflateRawSync(mine, inflateOpts), input);
assert.deepStrictEqual(zlib.inflateRawSync(expected, inflateOpts), input);
zlib.inflateRaw(expected, opts.dictionary ? { dictionary: opts.dictionary } : {}, common.mustSucceed((r) => assert.deepStrictEqual(r, input)));
const chunks = [];
const s = zlib.createDeflateRaw(opts);
s.on('data', (c) => chunks.push(c));
s.on('end', common.mustCall(() => assert.deepStrictEqual(zlib.inflateRawSync(Buffer.concat(chunks), inflateOpts), input)));
for (let i = 0; i < input.length; i += 1000) s.write(input.subarray(i, i + 1000));
s.end();
