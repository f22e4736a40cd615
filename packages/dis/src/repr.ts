// repr() of the constants dis prints: floats and complex numbers in Python's shortest form, str, bytes, tuples ...
import { CodeObject, PyComplex, PyFrozenSet, PySingleton, PySlice, type PyValue } from "@ophis/bytecode";
import { reprBytes, reprStr } from "@ophis/tokenizer";

const addresses = new WeakMap<CodeObject, string>();
let nextAddress = 0x7f0000001000;

/** A stable fake `id()` for a code object, as the hex dis prints (tests mask it). */
export function codeAddress(code: CodeObject): string {
  let address = addresses.get(code);
  if (address === undefined) {
    address = `0x${nextAddress.toString(16)}`;
    nextAddress += 0x100;
    addresses.set(code, address);
  }
  return address;
}

/** Python's float repr: shortest round-tripping digits, fixed notation for exponents -4..15, else 1e+16 style. */
export function reprFloat(x: number, forceDecimal = true): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return Object.is(x, -0) ? (forceDecimal ? "-0.0" : "-0") : forceDecimal ? "0.0" : "0";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  const sign = x < 0 ? "-" : "";
  if (exp >= -4 && exp < 16) {
    const point = exp + 1;
    if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
    if (point >= digits.length)
      return `${sign}${digits}${"0".repeat(point - digits.length)}${forceDecimal ? ".0" : ""}`;
    return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
  }
  const rest = digits.length > 1 ? `.${digits.slice(1)}` : "";
  const e = Math.abs(exp).toString().padStart(2, "0");
  return `${sign}${digits[0]}${rest}e${exp < 0 ? "-" : "+"}${e}`;
}

function reprComplex(c: PyComplex): string {
  const imag = `${reprFloat(c.imag, false)}j`;
  if (c.real === 0 && !Object.is(c.real, -0)) return imag;
  const sign = c.imag < 0 || Object.is(c.imag, -0) ? "" : "+";
  return `(${reprFloat(c.real, false)}${sign}${imag})`;
}

/** repr(value) as CPython prints it. */
export function pyRepr(value: PyValue): string {
  if (value === null) return "None";
  switch (typeof value) {
    case "boolean":
      return value ? "True" : "False";
    case "bigint":
      return value.toString();
    case "number":
      return reprFloat(value);
    case "string":
      return reprStr(value);
  }
  if (value instanceof Uint8Array) return reprBytes(value);
  if (Array.isArray(value)) {
    const items = (value as readonly PyValue[]).map(pyRepr);
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (value instanceof PyFrozenSet) {
    return value.items.length === 0 ? "frozenset()" : `frozenset({${value.items.map(pyRepr).join(", ")}})`;
  }
  if (value instanceof PyComplex) return reprComplex(value);
  if (value instanceof PySlice)
    return `slice(${pyRepr(value.start)}, ${pyRepr(value.stop)}, ${pyRepr(value.step)})`;
  if (value === PySingleton.Ellipsis) return "Ellipsis";
  if (value === PySingleton.StopIteration) return "<class 'StopIteration'>";
  if (value instanceof CodeObject) {
    return `<code object ${value.co_name} at ${codeAddress(value)}, file "${value.co_filename}", line ${value.co_firstlineno}>`;
  }
  return String(value);
}
