'use strict';
// Web Crypto's asymmetric keys and operations, over node:crypto's KeyObjects: RSASSA-PKCS1-v1_5,
// RSA-PSS, RSA-OAEP, ECDSA, ECDH (P-256/384/521), Ed25519, Ed448, X25519, X448. Keys are
// generated, imported (spki, pkcs8, jwk, raw public) and exported here; sign/verify,
// RSA-OAEP encrypt/decrypt and ECDH/X25519/X448 deriveBits run on the node:crypto primitives.

const {
  ArrayBufferPrototypeSlice,
  ArrayPrototypeIncludes,
  Number,
  Promise,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  TypeError,
  TypedArrayPrototypeGetBuffer,
  Uint8Array,
} = primordials;

const {
  CryptoKey, checkKey, checkPairUsages, domException, kAlgorithm, kExtractable, kKeyObject, kUsages, keyUsages,
  lazyCrypto, lazyKeys,
  makeKey, normalizeHash, operationError, requireMember, hashes,
} = require('internal/crypto/webcrypto_key');
const { abOf, bufferFrom, lazyBinding, lenOf, offOf } = require('internal/crypto/util');


const rsaNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const ecNames = ['ECDSA', 'ECDH'];
const okpNames = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const signNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519', 'Ed448'];
const curves = { __proto__: null, 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const webCurves = { __proto__: null, 'prime256v1': 'P-256', 'secp384r1': 'P-384', 'secp521r1': 'P-521' };
const okpRawLength = { __proto__: null, 'Ed25519': 32, 'Ed448': 57, 'X25519': 32, 'X448': 56 };

function isAsymmetric(name) {
  return ArrayPrototypeIncludes(rsaNames, name) || ArrayPrototypeIncludes(ecNames, name) ||
    ArrayPrototypeIncludes(okpNames, name);
}

function toArrayBuffer(buf) {
  return ArrayBufferPrototypeSlice(TypedArrayPrototypeGetBuffer(buf), buf.byteOffset, buf.byteOffset + buf.length);
}

function namedCurveOf(algorithm, dictionary) {
  const curve = requireMember(algorithm, 'namedCurve', dictionary);
  if (curves[curve] === undefined) throw domException('Unrecognized namedCurve', 'NotSupportedError');
  return curve;
}

function exponentBytes(e) {
  let hex = e.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return new Uint8Array(bufferFrom(hex, 'hex'));
}

// The CryptoKey algorithm dictionary of a key
function rsaAlgorithm(name, keyObject, hash) {
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  return { name, modulusLength, publicExponent: exponentBytes(publicExponent), hash: { name: hash } };
}

function expectedKeyType(name) {
  if (ArrayPrototypeIncludes(rsaNames, name)) return 'rsa';
  if (ArrayPrototypeIncludes(ecNames, name)) return 'ec';
  return StringPrototypeToLowerCase(name);
}

// A CryptoKey over a KeyObject, after checking the KeyObject fits the algorithm.
function fromKeyObject(name, algorithm, keyObject, extractable, requested, usages) {
  const type = keyObject.asymmetricKeyType;
  const expected = expectedKeyType(name);
  if (type !== expected && !(expected === 'rsa' && type === 'rsa-pss' && name === 'RSA-PSS')) {
    throw domException('Invalid key type', 'DataError');
  }
  usages ??= keyUsages(name, keyObject.type, requested);
  if (ArrayPrototypeIncludes(rsaNames, name)) {
    const hash = normalizeHash(requireMember(algorithm, 'hash', 'RsaHashedImportParams'));
    return makeKey(keyObject, rsaAlgorithm(name, keyObject, hash), extractable, usages);
  }
  if (ArrayPrototypeIncludes(ecNames, name)) {
    const curve = namedCurveOf(algorithm, 'EcKeyImportParams');
    if (webCurves[keyObject.asymmetricKeyDetails.namedCurve] !== curve) {
      throw domException('Named curve mismatch', 'DataError');
    }
    return makeKey(keyObject, { name, namedCurve: curve }, extractable, usages);
  }
  return makeKey(keyObject, { name }, extractable, usages);
}

function checkImportUsages(name, type, requested) {
  const usages = keyUsages(name, type, requested);
  if (type === 'private' && requested.length === 0) {
    throw domException('Usages cannot be empty when importing a private key.', 'SyntaxError');
  }
  return usages;
}

// ---- generateKey ----

function generateKeyPair(type, options) {
  return new Promise((resolve, reject) => {
    lazyKeys().generateKeyPair(type, options, (err, publicKey, privateKey) => {
      if (err) reject(operationError());
      else resolve({ publicKey, privateKey });
    });
  });
}

async function generate(name, algorithm, extractable, requested) {
  let pair;
  let makeAlgorithm;
  if (ArrayPrototypeIncludes(rsaNames, name)) {
    const modulusLength = requireMember(algorithm, 'modulusLength', 'RsaHashedKeyGenParams');
    const exponent = requireMember(algorithm, 'publicExponent', 'RsaHashedKeyGenParams');
    const hash = normalizeHash(requireMember(algorithm, 'hash', 'RsaHashedKeyGenParams'));
    checkPairUsages(name, requested);
    let e = 0;
    for (let i = 0; i < exponent.length; i++) e = e * 256 + exponent[i];
    if (e < 3 || e % 2 === 0 || e > 0xffffffff) throw operationError();
    pair = await generateKeyPair('rsa', { modulusLength: Number(modulusLength), publicExponent: e });
    makeAlgorithm = (ko) => rsaAlgorithm(name, ko, hash);
  } else if (ArrayPrototypeIncludes(ecNames, name)) {
    const curve = namedCurveOf(algorithm, 'EcKeyGenParams');
    checkPairUsages(name, requested);
    const { generateKeyPairSync } = lazyKeys();
    pair = generateKeyPairSync('ec', { namedCurve: curves[curve] });
    makeAlgorithm = () => ({ name, namedCurve: curve });
  } else {
    checkPairUsages(name, requested);
    pair = lazyKeys().generateKeyPairSync(StringPrototypeToLowerCase(name));
    makeAlgorithm = () => ({ name });
  }
  const privateUsages = keyUsages(name, 'private', requested, true);
  if (privateUsages.length === 0) throw domException('Usages cannot be empty when creating a key.', 'SyntaxError');
  return {
    publicKey: makeKey(pair.publicKey, makeAlgorithm(pair.publicKey), true, keyUsages(name, 'public', requested, true)),
    privateKey: makeKey(pair.privateKey, makeAlgorithm(pair.privateKey), extractable, privateUsages),
  };
}

// ---- importKey ----

const jwkKty = { __proto__: null, rsa: 'RSA', ec: 'EC' };
const rsaJwkPrefix = { __proto__: null, 'RSASSA-PKCS1-v1_5': 'RS', 'RSA-PSS': 'PS', 'RSA-OAEP': 'RSA-OAEP' };

function rsaJwkAlg(name, hash) {
  const bits = StringPrototypeSlice(hash, 4);
  if (name === 'RSA-OAEP') return hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${bits}`;
  return `${rsaJwkPrefix[name]}${bits === '1' ? '1' : bits}`;
}

function importJwk(name, jwk, algorithm, extractable, requested) {
  const expectedType = expectedKeyType(name);
  if (jwk.kty !== (jwkKty[expectedType] ?? 'OKP')) throw domException('Invalid JWK "kty" Parameter', 'DataError');
  const isPrivate = jwk.d !== undefined;
  const usages = checkImportUsages(name, isPrivate ? 'private' : 'public', requested);
  if (requested.length > 0 && jwk.use !== undefined &&
      jwk.use !== (ArrayPrototypeIncludes(signNames, name) ? 'sig' : 'enc')) {
    throw domException('Invalid JWK "use" Parameter', 'DataError');
  }
  if (jwk.key_ops !== undefined) {
    for (let i = 0; i < requested.length; i++) {
      if (!ArrayPrototypeIncludes(jwk.key_ops, requested[i])) {
        throw domException('Key operations and usage mismatch', 'DataError');
      }
    }
  }
  if (jwk.ext === false && extractable) throw domException('JWK "ext" Parameter and extractable mismatch', 'DataError');
  const algMismatch = () => domException('JWK "alg" does not match the requested algorithm', 'DataError');
  if (expectedType === 'rsa') {
    const hash = normalizeHash(requireMember(algorithm, 'hash', 'RsaHashedImportParams'));
    if (jwk.alg !== undefined && jwk.alg !== rsaJwkAlg(name, hash)) throw algMismatch();
  } else if (expectedType === 'ec') {
    const curve = namedCurveOf(algorithm, 'EcKeyImportParams');
    if (jwk.crv !== curve) throw domException('JWK "crv" does not match the requested algorithm', 'DataError');
    if (name === 'ECDSA' && jwk.alg !== undefined && jwk.alg !== `ES${StringPrototypeSlice(curve, 2)}`) {
      throw algMismatch();
    }
  } else {
    if (jwk.crv !== name) throw domException('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
    if (jwk.alg !== undefined && (name === 'Ed25519' || name === 'Ed448') && jwk.alg !== name && jwk.alg !== 'EdDSA') {
      throw algMismatch();
    }
  }
  if (expectedType === 'ec' && !validPoint(jwk)) throw domException('Invalid keyData', 'DataError');
  let keyObject;
  try {
    const k = lazyKeys();
    keyObject = isPrivate ? k.createPrivateKey({ key: jwk, format: 'jwk' }) :
      k.createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    throw domException('Invalid keyData', 'DataError');
  }
  return fromKeyObject(name, algorithm, keyObject, extractable, requested, usages);
}

const fieldBytes = { __proto__: null, 'P-256': 32, 'P-384': 48, 'P-521': 66 };

// Whether a JWK's x and y are a point on its curve (the JDK's KeyFactory does not check).
function validPoint(jwk) {
  if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return false;
  const x = bufferFrom(jwk.x, 'base64url');
  const y = bufferFrom(jwk.y, 'base64url');
  const n = fieldBytes[jwk.crv];
  if (x.length !== n || y.length !== n) return false;
  const point = require('buffer').Buffer.concat([bufferFrom([4]), x, y]);
  const r = lazyBinding().ecdh('uncompressed', curves[jwk.crv], abOf(point), offOf(point), lenOf(point), null, 0, 0);
  return typeof r !== 'string' && r !== null;
}

function importRaw(name, bytes, algorithm, extractable, requested) {
  if (ArrayPrototypeIncludes(rsaNames, name)) {
    throw domException(`Unable to import ${name} using raw format`, 'NotSupportedError');
  }
  let jwk;
  if (ArrayPrototypeIncludes(ecNames, name)) {
    const curve = namedCurveOf(algorithm, 'EcKeyImportParams');
    checkImportUsages(name, 'public', requested);
    // validates the point and decompresses it
    const r = lazyBinding().ecdh('uncompressed', curves[curve], abOf(bytes), offOf(bytes), lenOf(bytes), null, 0, 0);
    if (typeof r === 'string' || r === null) throw domException('Invalid keyData', 'DataError');
    const point = require('internal/crypto/util').fromJava(r);
    const n = (point.length - 1) / 2;
    jwk = { kty: 'EC', crv: curve, x: point.toString('base64url', 1, 1 + n), y: point.toString('base64url', 1 + n) };
  } else {
    checkImportUsages(name, 'public', requested);
    if (bytes.length !== okpRawLength[name]) throw domException('Invalid keyData', 'DataError');
    jwk = { kty: 'OKP', crv: name, x: bytes.toString('base64url') };
  }
  let keyObject;
  try {
    keyObject = lazyKeys().createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    throw domException('Invalid keyData', 'DataError');
  }
  return fromKeyObject(name, algorithm, keyObject, extractable, requested);
}

function importAsym(name, format, data, algorithm, extractable, requested) {
  if (format === 'jwk') return importJwk(name, data, algorithm, extractable, requested);
  if (format === 'raw') return importRaw(name, data, algorithm, extractable, requested);
  const isPrivate = format === 'pkcs8';
  const usages = checkImportUsages(name, isPrivate ? 'private' : 'public', requested);
  let keyObject;
  try {
    const k = lazyKeys();
    keyObject = isPrivate ? k.createPrivateKey({ key: data, format: 'der', type: 'pkcs8' }) :
      k.createPublicKey({ key: data, format: 'der', type: 'spki' });
  } catch {
    throw domException('Invalid keyData', 'DataError');
  }
  return fromKeyObject(name, algorithm, keyObject, extractable, requested, usages);
}

// ---- exportKey ----

function exportAsym(format, key) {
  const keyObject = key[kKeyObject];
  const { name } = key[kAlgorithm];
  const type = keyObject.type;
  const refuse = () => domException(`Unable to export ${name} ${type} key using ${format} format`, 'NotSupportedError');
  if (format === 'spki') {
    if (type !== 'public') throw refuse();
    return toArrayBuffer(keyObject.export({ type: 'spki', format: 'der' }));
  }
  if (format === 'pkcs8') {
    if (type !== 'private') throw refuse();
    return toArrayBuffer(keyObject.export({ type: 'pkcs8', format: 'der' }));
  }
  if (format === 'raw') {
    if (type !== 'public' || ArrayPrototypeIncludes(rsaNames, name)) throw refuse();
    const jwk = keyObject.export({ format: 'jwk' });
    if (jwk.kty === 'EC') {
      const BufferConcat = require('buffer').Buffer.concat;
      return toArrayBuffer(BufferConcat([bufferFrom([4]), bufferFrom(jwk.x, 'base64url'), bufferFrom(jwk.y, 'base64url')]));
    }
    return toArrayBuffer(bufferFrom(jwk.x, 'base64url'));
  }
  const jwk = { key_ops: key[kUsages], ext: key[kExtractable] };
  if (ArrayPrototypeIncludes(rsaNames, name)) jwk.alg = rsaJwkAlg(name, key[kAlgorithm].hash.name);
  else if (name === 'Ed25519' || name === 'Ed448') jwk.alg = name;
  const members = keyObject.export({ format: 'jwk' });
  for (const k in members) jwk[k] = members[k];
  return jwk;
}

// ---- operations ----

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const RSA_PKCS1_PSS_PADDING = 6;

function signParams(algorithm, key) {
  const { name } = key[kAlgorithm];
  const keyObject = key[kKeyObject];
  if (name === 'RSASSA-PKCS1-v1_5') {
    return [hashes[key[kAlgorithm].hash.name], { key: keyObject, padding: RSA_PKCS1_PADDING }];
  }
  if (name === 'RSA-PSS') {
    const saltLength = requireMember(algorithm, 'saltLength', 'RsaPssParams');
    return [hashes[key[kAlgorithm].hash.name], { key: keyObject, padding: RSA_PKCS1_PSS_PADDING, saltLength }];
  }
  if (name === 'ECDSA') {
    const hash = normalizeHash(requireMember(algorithm, 'hash', 'EcdsaParams'));
    return [hashes[hash], { key: keyObject, dsaEncoding: 'ieee-p1363' }];
  }
  if (name === 'Ed448' && typeof algorithm === 'object' && algorithm?.context !== undefined) {
    return [null, { key: keyObject, context: algorithm.context }];
  }
  return [null, keyObject];
}

function sign(name, algorithm, key, data) {
  checkKey(key, name, 'sign');
  const [digest, k] = signParams(algorithm, key);
  try {
    return toArrayBuffer(lazyCrypto().sign(digest, data, k));
  } catch {
    throw operationError();
  }
}

function verify(name, algorithm, key, signature, data) {
  checkKey(key, name, 'verify');
  const [digest, k] = signParams(algorithm, key);
  try {
    return lazyCrypto().verify(digest, data, k, signature);
  } catch {
    return false;
  }
}

// RSA-OAEP
function rsaCipher(algorithm, key, data, encrypt) {
  const options = {
    key: key[kKeyObject], padding: RSA_PKCS1_OAEP_PADDING, oaepHash: hashes[key[kAlgorithm].hash.name],
  };
  if (typeof algorithm === 'object' && algorithm?.label !== undefined) options.oaepLabel = algorithm.label;
  try {
    const c = lazyCrypto();
    return toArrayBuffer(encrypt ? c.publicEncrypt(options, data) : c.privateDecrypt(options, data));
  } catch {
    throw operationError();
  }
}

// ECDH, X25519, X448: the shared secret, cut to length bits (all of it for null/undefined)
function deriveBits(name, algorithm, baseKey, length, usage = 'deriveBits') {
  const publicKey = requireMember(algorithm, 'public', 'EcdhKeyDeriveParams');
  if (!(publicKey instanceof CryptoKey)) {
    const err = new TypeError('Failed to normalize algorithm: public in passed algorithm is not of type CryptoKey.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (!(baseKey instanceof CryptoKey)) throw new TypeError('baseKey must be a CryptoKey');
  const mismatch = () => domException('key algorithm mismatch', 'InvalidAccessError');
  // Node's order of checks
  if (publicKey[kAlgorithm].name !== name) throw mismatch();
  if (!ArrayPrototypeIncludes(baseKey[kUsages], usage)) {
    throw domException(`baseKey does not have ${usage} usage`, 'InvalidAccessError');
  }
  if (baseKey[kAlgorithm].name !== name) throw mismatch();
  if (publicKey.type !== 'public') throw domException('algorithm.public must be a public key', 'InvalidAccessError');
  if (name === 'ECDH' && publicKey[kAlgorithm].namedCurve !== baseKey[kAlgorithm].namedCurve) {
    throw domException('Named curve mismatch', 'InvalidAccessError');
  }
  let secret;
  try {
    secret = lazyCrypto().diffieHellman({ privateKey: baseKey[kKeyObject], publicKey: publicKey[kKeyObject] });
  } catch {
    throw operationError();
  }
  if (length === null || length === undefined) return toArrayBuffer(secret);
  if (length > secret.length * 8) throw domException('derived bit length is too small', 'OperationError');
  const bytes = (length + 7) >> 3;
  const out = new Uint8Array(toArrayBuffer(secret.subarray(0, bytes)));
  if (length % 8 !== 0) out[bytes - 1] &= (0xff << (8 - (length % 8))) & 0xff;
  return out.buffer;
}

module.exports = {
  curves,
  deriveBits,
  exportAsym,
  fromKeyObject,
  generate,
  importAsym,
  isAsymmetric,
  rsaCipher,
  sign,
  verify,
};
