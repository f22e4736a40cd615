// tuple and list: sequences of object references.
import { PyObject, PyType, T } from "./core.js";

T.tuple = new PyType(T.type, "tuple", [T.object]);
T.list = new PyType(T.type, "list", [T.object]);

export class PyTuple extends PyObject {
  constructor(
    readonly items: readonly PyObject[],
    type: PyType = T.tuple,
  ) {
    super(type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);

export function newTuple(items: readonly PyObject[]): PyTuple {
  return items.length === 0 ? EMPTY_TUPLE : new PyTuple(items);
}

export class PyList extends PyObject {
  constructor(
    public items: PyObject[],
    type: PyType = T.list,
  ) {
    super(type);
  }
}

T.range = new PyType(T.type, "range", [T.object]);
T.slice = new PyType(T.type, "slice", [T.object]);

/** range(start, stop, step) over safe integers (bigint bounds are not supported yet). */
export class PyRange extends PyObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super(T.range);
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyObject,
    readonly stop: PyObject,
    readonly step: PyObject,
  ) {
    super(T.slice);
  }
}
