'use strict';
// gzip with level: Node's output inflates (sync, callback); node4j's one-shot and stream outputs (not always Node's exact bytes: Node ships Chromium's zlib) inflate to the input.
// Expected values were recorded by running reference Node 24 on the same inputs.
const common = require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const opts = {"level":1};
const expected = Buffer.from("H4sIAAAAAAAEA+2YVVeVURRFRUAUMVBRsDgWWGCBhQoGIBiAXhOQvHDJDy5cyqC7u7u7u8ZY64/5J3xzv5+nPfZZa86tM+hVqikuKkFFGrXMZBWjZal4U1JKmtIy9EaVbtCrxIicbBWtxboqnTyWachuyE+RKJBglJqQ0hQqEEYSYhR+FkEQXRJ5FDsWO/4XdmxubWvv6OTi5vHCL/DLD31iWg7yUYZatKAbQ5jEAtaZx1LWsJldHOQE57nG3X2HTpy5eO32g2febz9+jzBoGb9RhEo0oB19GMUMlrHFQlawnm3s5QinucTNvQeOnjp/5ea9x89fB3wOjU4wZiMPpahBM7owiAnMYw27LGE1m9jJAY5zjqvcsbQ5fvrC1Vv3n7568+FbeGyy6RcKUYF6tKEXI5jGEjZZwHLWsZU9HOYUF7lhtv/IyXOXb9x95OX7/lNIVHxqVi5KUI0mdGIA45jDKnZYzCo2soP9HOMsV7htcfCYg3J2dX/y0j/oa1hMUvpPFKAcdWhFD4YxhUVsMJ9lrGULuznESS5wfY/VYbuzl67feejp804XHBmXkvkHxahCIzrQjzHMYgXbLGIlG9jOPo5yhsvcMre2tXd0cnHzkPnL/GX/JX8kfyT/pX+lf4V/hD+FP4X/xb/Ev8R//6v7w19dQVAJKCMAAA==", 'base64');
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
