// float: IEEE double objects and their hash; text conversion lives in format/.
import { PyObject, PyType, T } from "./core.js";

T.float = new PyType(T.type, "float", [T.object]);

export class PyFloat extends PyObject {
  constructor(
    readonly value: number,
    type: PyType = T.float,
  ) {
    super(type);
  }
}

export function newFloat(x: number): PyFloat {
  return new PyFloat(x);
}

export { floatRepr } from "./format/float-format.js";

const HASH_MODULUS = 2 ** 61 - 1;

/** hash(float) as 64-bit CPython: equal to hash(int) for integral values, inf 314159, nan by identity. */
export function floatHash(x: number, identity: number): number | bigint {
  if (Number.isNaN(x)) return identity;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isInteger(x)) {
    if (Math.abs(x) < HASH_MODULUS) return x === -1 ? -2 : x;
    const big = BigInt(x);
    const m = (1n << 61n) - 1n;
    let h = (big < 0n ? -big : big) % m;
    if (big < 0n) h = -h;
    return Number.isSafeInteger(Number(h)) ? Number(h) : h;
  }
  // Non-integral: the exact rational m/2**e reduced modulo 2**61 - 1 (_Py_HashDouble).
  const m = (1n << 61n) - 1n;
  let [mant, e] = frexp(Math.abs(x));
  let h = 0n;
  while (mant) {
    h = ((h << 28n) & m) | (h >> 33n);
    mant *= 268435456.0;
    e -= 28;
    const y = Math.floor(mant);
    mant -= y;
    h += BigInt(y);
    if (h >= m) h -= m;
  }
  let ee = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  if (ee < 0) ee += 61;
  h = ((h << BigInt(ee)) & m) | (h >> BigInt(61 - ee));
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return Number.isSafeInteger(Number(h)) ? Number(h) : h;
}

function frexp(x: number): [number, number] {
  if (x === 0) return [0, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(x)) + 1);
  let m = x * 2 ** -e;
  while (m < 0.5) {
    m *= 2;
    e--;
  }
  while (m >= 1) {
    m /= 2;
    e++;
  }
  return [m, e];
}
