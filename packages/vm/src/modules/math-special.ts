// The math module's numerical kernels that JavaScript lacks: gamma, lgamma, erf, erfc, exact fsum, fma, ulp.

const LANCZOS_G = 6.02468004077673;
const LANCZOS_G_MINUS_HALF = 5.52468004077673;
const LANCZOS_NUM = [
  23531376880.41076, 42919803642.6491, 35711959237.35567, 17921034426.03721, 6039542586.352028,
  1439720407.3117216, 248874557.86205417, 31426415.585400194, 2876370.6289353725, 186056.26539522348,
  8071.672002365816, 210.82427775157936, 2.5066282746310002,
];
const LANCZOS_DEN = [
  0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
  32670.0, 1925.0, 66.0, 1.0,
];

/** Exact gamma values of 1..23 (factorials), which CPython returns directly. */
const GAMMA_INTEGRAL: number[] = [];
for (let i = 0, f = 1; i < 23; i++) {
  GAMMA_INTEGRAL.push(f);
  f *= i + 1;
}

/** The Lanczos rational sum, evaluated so that it stays accurate for large and small x. */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  if (x < 5) {
    for (let i = LANCZOS_NUM.length - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < LANCZOS_NUM.length; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

/** sin(pi * x) with exact zeros at integers, as CPython's m_sinpi. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = Math.sin(Math.PI * y);
      break;
    case 1:
      r = Math.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -Math.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = Math.sin(Math.PI * (y - 2));
  }
  return (x < 0 ? -1 : 1) * r;
}

/** Result or a domain/range failure, which the caller turns into CPython's exception. */
export type Outcome = number | "domain" | "range";

export function gamma(x: number): Outcome {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return "domain";
  }
  if (x === 0) return "domain";
  if (x === Math.floor(x)) {
    if (x < 0) return "domain";
    if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    return Number.isFinite(r) ? r : "range";
  }
  if (absx > 200) return x < 0 ? 0 / sinpi(x) : "range";
  const y = absx + LANCZOS_G_MINUS_HALF;
  let q: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    q = y - absx;
    q = q - LANCZOS_G_MINUS_HALF;
  } else {
    q = y - LANCZOS_G_MINUS_HALF;
    q = q - absx;
  }
  const z = (q * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-Math.PI / sinpi(absx) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= y ** (absx - 0.5);
    else {
      const sqrtpow = y ** (absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140) r *= y ** (absx - 0.5);
    else {
      const sqrtpow = y ** (absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return Number.isFinite(r) ? r : "range";
}

export function lgamma(x: number): Outcome {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Math.abs(x);
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? "domain" : 0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = Math.log(Math.PI) - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return Number.isFinite(r) ? r : "range";
}

const ERF_SERIES_CUTOFF = 1.5;
const ERF_SERIES_TERMS = 25;
const ERFC_CONTFRAC_CUTOFF = 30;
const ERFC_CONTFRAC_TERMS = 50;
const SQRTPI = 1.772453850905516;

/** erf by its Taylor series around 0, for small |x|. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let acc = 0;
  let fk = ERF_SERIES_TERMS + 0.5;
  for (let i = 0; i < ERF_SERIES_TERMS; i++) {
    acc = 2 + (x2 * acc) / fk;
    fk -= 1;
  }
  return (acc * x * Math.exp(-x2)) / SQRTPI;
}

/** erfc by a continued fraction, for moderate positive x. */
function erfcContfrac(x: number): number {
  if (x >= ERFC_CONTFRAC_CUTOFF) return 0;
  const x2 = x * x;
  let a = 0;
  let da = 0.5;
  let p = 1;
  let pLast = 0;
  let q = da + x2;
  let qLast = 1;
  for (let i = 0; i < ERFC_CONTFRAC_TERMS; i++) {
    a += da;
    da += 2;
    const b = da + x2;
    let temp = p;
    p = b * p - a * pLast;
    pLast = temp;
    temp = q;
    q = b * q - a * qLast;
    qLast = temp;
  }
  return ((p / q) * x * Math.exp(-x2)) / SQRTPI;
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0 ? 1 - cf : cf - 1;
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  const absx = Math.abs(x);
  if (absx < ERF_SERIES_CUTOFF) return 1 - erfSeries(x);
  const cf = erfcContfrac(absx);
  return x > 0 ? cf : 2 - cf;
}

/** Shewchuk's exact summation with CPython's handling of infinities, nan and the final rounding. */
export function fsum(values: Iterable<number>): number | "overflow" | "-inf + inf" {
  const partials: number[] = [];
  let specialSum = 0;
  let infSum = 0;
  for (const v of values) {
    let x = v;
    if (!Number.isFinite(x)) {
      if (!Number.isNaN(x)) infSum += x;
      specialSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) return "overflow";
    partials.length = i;
    partials.push(x);
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) return "-inf + inf";
    return specialSum;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    // Round half to even across the remaining partials, as CPython does.
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

const view = new DataView(new ArrayBuffer(8));

function bitsOf(x: number): bigint {
  view.setFloat64(0, x);
  return view.getBigInt64(0);
}

function fromBits(b: bigint): number {
  view.setBigInt64(0, b);
  return view.getFloat64(0);
}

/** C's nextafter. */
export function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return Number.NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const b = bitsOf(x);
  return fromBits(y > x === x > 0 ? b + 1n : b - 1n);
}

export function ulp(x: number): number {
  if (Number.isNaN(x)) return x;
  const a = Math.abs(x);
  if (!Number.isFinite(a)) return a;
  const next = nextAfter(a, Number.POSITIVE_INFINITY);
  if (!Number.isFinite(next)) return a - nextAfter(a, 0);
  return next - a;
}

/** frexp: mantissa in [0.5, 1) and exponent, exactly, by rewriting the exponent bits. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let bias = 0;
  let v = x;
  if (Math.abs(v) < 2 ** -1022) {
    // Subnormals: scale into the normal range first so the exponent field is meaningful.
    v *= 2 ** 64;
    bias = -64;
  }
  view.setFloat64(0, v);
  const hi = view.getUint16(0);
  const exp = ((hi >> 4) & 0x7ff) - 1022;
  view.setUint16(0, (hi & 0x800f) | (1022 << 4));
  return [view.getFloat64(0), exp + bias];
}

/** ldexp: scaling in steps that stay inside the double range, so only the last step can round. */
export function ldexp(m: number, e: number): number {
  if (m === 0 || !Number.isFinite(m)) return m;
  if (e > 2200) return m * Number.POSITIVE_INFINITY;
  if (e < -2200) return m * 0;
  let r = m;
  let k = e;
  while (k > 1023) {
    r *= 2 ** 1023;
    k -= 1023;
  }
  while (k < -1022) {
    r *= 2 ** -1022;
    k += 1022;
  }
  return r * 2 ** k;
}

/** Exact a*b+c with one rounding: the product's error term comes from Dekker's two-product. */
export function fma(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a * b + c;
  // An infinite addend wins over any finite (even overflowing) product.
  if (!Number.isFinite(c)) return c;
  const [p, err] = twoProduct(a, b);
  if (!Number.isFinite(p)) return p + c;
  const s = fsum([p, err, c]);
  return typeof s === "number" ? s : p + c;
}

/** IEEE remainder: x - n*y with n the integer nearest x/y, ties to even. */
export function remainder(x: number, y: number): number {
  const absx = Math.abs(x);
  const absy = Math.abs(y);
  const m = absx % absy;
  const c = absy - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else r = m - 2 * ((0.5 * (absx - m)) % absy);
  return x < 0 ? -r : r;
}

/** True when the sign bit of `x` is set (distinguishes -0.0 and negative nans). */
export function signBit(x: number): boolean {
  view.setFloat64(0, x);
  return view.getUint8(0) >= 0x80;
}

/** The Euclidean norm; an infinity wins over a nan, as in C's hypot. */
export function hypot(values: number[]): number {
  return Math.hypot(...values);
}

/** Error-free product: a*b == p + e exactly (Dekker's split). */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const split = (v: number) => {
    const t = 134217729 * v;
    const hi = t - (t - v);
    return [hi, v - hi];
  };
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
