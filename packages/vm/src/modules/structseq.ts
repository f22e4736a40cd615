// Struct sequences (sys.version_info, sys.flags, time.struct_time) and SimpleNamespace (sys.implementation).
import {
  defineGetSets,
  defineMethods,
  newInt,
  newStr,
  PyDict,
  PyObject,
  PyTuple,
  PyType,
  repr,
  str,
  T,
} from "@ophis/objects";

/** A tuple subclass with named fields, as PyStructSequence: `module.name(field=value, ...)`. */
export function structSeqType(qualified: string, fields: readonly string[]): PyType {
  const dot = qualified.lastIndexOf(".");
  const t = new PyType(T.type, qualified.slice(dot + 1), [T.tuple]);
  t.setDottedName(qualified);
  t.setAttr("__module__", newStr(qualified.slice(0, dot)));
  const getsets: Parameters<typeof defineGetSets>[1] = {};
  fields.forEach((f, i) => {
    getsets[f] = [(self) => (self as PyTuple).items[i]];
  });
  defineGetSets(t, getsets);
  defineMethods(t, {
    __repr__: (self) => {
      const items = (self as PyTuple).items;
      return newStr(`${qualified}(${fields.map((f, i) => `${f}=${repr(items[i])}`).join(", ")})`);
    },
  });
  t.setAttr("n_fields", newInt(fields.length));
  t.setAttr("n_sequence_fields", newInt(fields.length));
  return t;
}

export function structSeq(type: PyType, items: PyObject[]): PyTuple {
  const t = new PyTuple(items);
  t.type = type;
  return t;
}

const SimpleNamespaceType = new PyType(T.type, "SimpleNamespace", [T.object]);
SimpleNamespaceType.setAttr("__module__", newStr("types"));
SimpleNamespaceType.setDottedName("types.SimpleNamespace");
defineMethods(SimpleNamespaceType, {
  __repr__: (self) => {
    const d = self.dict as PyDict;
    const parts = [...d.entries()].map((e) => `${str(e.key)}=${repr(e.value)}`);
    return newStr(`namespace(${parts.join(", ")})`);
  },
});

export function simpleNamespace(attrs: Record<string, PyObject>): PyObject {
  const o = new PyObject(SimpleNamespaceType);
  const d = new PyDict();
  for (const [k, v] of Object.entries(attrs)) d.setStr(k, v);
  o.dict = d;
  return o;
}
