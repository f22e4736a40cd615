// Code-object constants (neutral data from @ophis/bytecode) turned into Python objects once per code object.
import {
  CodeObject,
  PySlice as DataSlice,
  PyComplex,
  PyFrozenSet,
  PySingleton,
  type PyValue,
} from "@ophis/bytecode";
import {
  E,
  Ellipsis,
  False,
  intern,
  intFrom,
  None,
  newBytes,
  newComplex,
  newError,
  newFloat,
  newStr,
  newTuple,
  PyCode,
  type PyObject,
  PySet,
  PySlice,
  T,
  True,
} from "@ophis/objects";

export function constantToObject(v: PyValue): PyObject {
  if (v === null) return None;
  switch (typeof v) {
    case "boolean":
      return v ? True : False;
    case "bigint":
      return intFrom(v);
    case "number":
      return newFloat(v);
    case "string":
      return v.length < 40 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(v) ? intern(v) : newStr(v);
  }
  if (v instanceof Uint8Array) return newBytes(v);
  if (Array.isArray(v)) return newTuple(v.map(constantToObject));
  if (v instanceof CodeObject) return new PyCode(v);
  if (v instanceof DataSlice)
    return new PySlice(constantToObject(v.start), constantToObject(v.stop), constantToObject(v.step));
  if (v === PySingleton.Ellipsis) return Ellipsis;
  if (v === PySingleton.StopIteration) return E.StopIteration;
  if (v instanceof PyFrozenSet) {
    const s = new PySet(T.frozenset);
    for (const item of v.items) s.add(constantToObject(item));
    return s;
  }
  if (v instanceof PyComplex) return newComplex(v.real, v.imag);
  throw newError("SystemError", "unknown constant");
}
