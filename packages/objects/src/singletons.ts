// None, NotImplemented and Ellipsis: immortal singletons of their own types.
import { makeImmortal } from "@ophis/gc";
import { PyObject, PyType, registerType, T } from "./core.js";

function singleton(typeName: string): PyObject {
  const type = new PyType(T.type, typeName, [T.object]);
  registerType(T, typeName, type);
  const value = new PyObject(type);
  makeImmortal(value);
  type.allocate = () => value;
  return value;
}

export const None = singleton("NoneType");
export const NotImplemented = singleton("NotImplementedType");
export const Ellipsis = singleton("ellipsis");
