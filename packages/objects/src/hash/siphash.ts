// hash(str) and hash(bytes) as 64-bit CPython: SipHash-1-3 keyed by the hash secret (PYTHONHASHSEED semantics).

const MASK = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK;
}

/** The 16-byte SipHash key: k0 and k1 as little-endian 64-bit words. */
let k0 = 0n;
let k1 = 0n;
let keyReady = false;

/** The 24-byte secret CPython derives from a numeric PYTHONHASHSEED (its lcg_urandom); zero gives zeros. */
function secretFromSeed(seed: number): Uint8Array {
  const out = new Uint8Array(24);
  if (seed === 0) return out;
  let x = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    x = (Math.imul(x, 214013) + 2531011) >>> 0;
    out[i] = (x >>> 16) & 0xff;
  }
  return out;
}

function wordAt(bytes: Uint8Array, at: number): bigint {
  let w = 0n;
  for (let i = 7; i >= 0; i--) w = (w << 8n) | BigInt(bytes[at + i]);
  return w;
}

/**
 * Sets the hash secret: a seed in 0..4294967295 as PYTHONHASHSEED gives, or null for a random one
 * (CPython's default). Must run before any str or bytes is hashed.
 */
export function setHashSeed(seed: number | null): void {
  let secret: Uint8Array;
  if (seed === null) {
    secret = new Uint8Array(24);
    const c = (globalThis as { crypto?: { getRandomValues(a: Uint8Array): Uint8Array } }).crypto;
    if (c) c.getRandomValues(secret);
    else for (let i = 0; i < secret.length; i++) secret[i] = Math.floor(Math.random() * 256);
  } else secret = secretFromSeed(seed);
  k0 = wordAt(secret, 0);
  k1 = wordAt(secret, 8);
  keyReady = true;
}

/** A random secret unless the embedder chose a seed first (the Interpreter's hashSeed option). */
function ensureKey(): void {
  if (!keyReady) setHashSeed(null);
}

/** SipHash-1-3 of `bytes` as a signed 64-bit value, never -1 (CPython's _Py_HashBytes). */
export function hashBytes(bytes: Uint8Array): number | bigint {
  if (bytes.length === 0) return 0;
  ensureKey();
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK;
    v2 = (v2 + v3) & MASK;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK;
    v0 = (v0 + v3) & MASK;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const n = bytes.length;
  const full = n - (n % 8);
  for (let at = 0; at < full; at += 8) {
    const m = wordAt(bytes, at);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let i = n - 1; i >= full; i--) b |= BigInt(bytes[i]) << BigInt(8 * (i - full));
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  let h = BigInt.asIntN(64, v0 ^ v1 ^ v2 ^ v3);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** hash(str): the text in CPython's internal width (1, 2 or 4 bytes a code point, little-endian). */
export function hashText(text: string): number | bigint {
  let max = 0;
  const cps: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    cps.push(c);
    if (c > max) max = c;
  }
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const bytes = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    for (let k = 0; k < width; k++) bytes[i * width + k] = (c >>> (8 * k)) & 0xff;
  }
  return hashBytes(bytes);
}
