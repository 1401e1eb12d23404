// Only file: and data: URLs (and node: builtins) load: ERR_UNSUPPORTED_ESM_URL_SCHEME.
import assert from 'node:assert';

await assert.rejects(import('https://example.com/x.mjs'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: "Only URLs with a scheme in: file and data are supported by the default ESM loader. Received protocol 'https:'",
});
