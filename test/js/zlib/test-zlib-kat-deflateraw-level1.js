'use strict';
// deflateRaw with {"level":1}: Node's bytes inflate; node4j's output inflates (Node's exact bytes are not promised: it ships Chromium's zlib).
// Expected values were recorded by running reference Node 24 on the same inputs.
require('../../common');
const assert = require('assert');
const zlib = require('zlib');
const bytes = (n, m = 7, a = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * m + a) & 0xff));

const input = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(100) + bytes(3000).toString('latin1'));
const expected = Buffer.from("7ZhVV5VRFEVFQBQxUFGwOBZYYIGFCgYgGIBeE5C8cMkPLlzKoLu7u7u7xljrj/knfHO/n6c99llrzq0z6FWqKS4qQUUatcxkFaNlqXhTUkqa0jL0RpVu0KvEiJxsFa3FuiqdPJZpyG7IT5EokGCUmpDSFCoQRhJiFH4WQRBdEnkUOxY7/hd2bG5ta+/o5OLm8cIv8MsPfWJaDvJRhlq0oBtDmMQC1pnHUtawmV0c5ATnucbdfYdOnLl47faDZ95vP36PMGgZv1GESjSgHX0YxQyWscVCVrCebezlCKe5xM29B46eOn/l5r3Hz18HfA6NTjBmIw+lqEEzujCICcxjDbssYTWb2MkBjnOOq9yxtDl++sLVW/efvnrz4Vt4bLLpFwpRgXq0oRcjmMYSNlnActaxlT0c5hQXuWG2/8jJc5dv3H3k5fv+U0hUfGpWLkpQjSZ0YgDjmMMqdljMKjayg/0c4yxXuG1x8JiDcnZ1f/LSP+hrWExS+k8UoBx1aEUPhjGFRWwwn2WsZQu7OcRJLnB9j9Vhu7OXrt956OnzThccGZeS+QfFqEIjOtCPMcxiBdssYiUb2M4+jnKGy9wyt7a1d3RycfOQ+cv8Zf8lfyR/JP+lf6V/hX+EP4U/hf/Fv8S/xH//q/vDXw==", 'base64');
assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(input, {"level":1})), input);
assert.deepStrictEqual(zlib.inflateRawSync(expected), input);
