// str.format and str.format_map: replacement fields with indexes, attributes, conversions and nested specs.
import { callMethod, getAttr } from "../attributes.js";
import { newError, type PyObject, typeError } from "../core.js";
import { newInt } from "../int.js";
import { getItem, repr, str } from "../protocols.js";
import { asciiEscape, newStr, PyStr } from "../str.js";

function valueError(message: string): never {
  throw newError("ValueError", message);
}

/** format(value, spec) through type(value).__format__. */
export function formatObject(value: PyObject, spec: string): string {
  const f = value.type.lookup("__format__");
  if (f === undefined) throw typeError(`Type ${value.type.name} doesn't define __format__`);
  const r = callMethod(f, value, [newStr(spec)]);
  if (!(r instanceof PyStr)) throw typeError(`__format__ must return a str, not ${r.type.name}`);
  return r.value;
}

/** Where field values come from: positional args (absent for format_map) and a keyword lookup. */
export interface FieldSource {
  positional: PyObject[] | null;
  keyword: (name: string) => PyObject;
}

interface State {
  auto: number;
  /** 0 unknown, 1 automatic numbering in use, 2 manual. */
  mode: number;
}

/** Expands `template` with values from `source` (recursion bounds nested specs, as CPython's depth of 2). */
export function expandTemplate(template: string, source: FieldSource): string {
  return render(template, source, { auto: 0, mode: 0 }, 2);
}

function render(template: string, source: FieldSource, state: State, depth: number): string {
  if (depth <= 0) valueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = template.length;
  while (i < n) {
    const c = template[i];
    if (c === "}") {
      if (template[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    if (c !== "{") {
      out += c;
      i++;
      continue;
    }
    if (template[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    if (i + 1 >= n) valueError("Single '{' encountered in format string");
    const field = parseField(template, i + 1);
    out += renderField(field, source, state, depth);
    i = field.end;
  }
  return out;
}

interface Field {
  name: string;
  conversion: string;
  spec: string;
  /** Just past the closing '}'. */
  end: number;
}

/** Splits one replacement field starting at `pos` (after its '{'), as CPython's parse_field. */
function parseField(t: string, pos: number): Field {
  let i = pos;
  let c = "";
  while (i < t.length) {
    c = t[i++];
    if (c === "{") valueError("unexpected '{' in field name");
    if (c === "[") {
      while (i < t.length && t[i] !== "]") i++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
    c = "";
  }
  const name = t.slice(pos, c ? i - 1 : i);
  if (c !== "!" && c !== ":") {
    if (c !== "}") valueError("expected '}' before end of string");
    return { name, conversion: "", spec: "", end: i };
  }
  let conversion = "";
  if (c === "!") {
    if (i >= t.length) valueError("end of string while looking for conversion specifier");
    conversion = t[i++];
    if (i < t.length) {
      const d = t[i++];
      if (d === "}") return { name, conversion, spec: "", end: i };
      if (d !== ":") valueError("expected ':' after conversion specifier");
    }
  }
  const start = i;
  let count = 1;
  while (i < t.length) {
    const d = t[i++];
    if (d === "{") count++;
    else if (d === "}" && --count === 0) return { name, conversion, spec: t.slice(start, i - 1), end: i };
  }
  valueError("unmatched '{' in format spec");
}

function renderField(field: Field, source: FieldSource, state: State, depth: number): string {
  const { name, conversion } = field;
  let spec = field.spec;
  let value = lookupField(name, source, state);
  if (conversion) {
    if (conversion === "r") value = newStr(repr(value));
    else if (conversion === "s") value = newStr(str(value));
    else if (conversion === "a") value = newStr(asciiEscape(repr(value)));
    else {
      const code = conversion.codePointAt(0)!;
      valueError(
        code > 32 && code < 128
          ? `Unknown conversion specifier ${conversion}`
          : `Unknown conversion specifier \\x${code.toString(16)}`,
      );
    }
  }
  if (spec.includes("{")) spec = render(spec, source, state, depth - 1);
  return formatObject(value, spec);
}

function lookupField(name: string, source: FieldSource, state: State): PyObject {
  // The first part runs to the first '.' or '['.
  let end = 0;
  while (end < name.length && name[end] !== "." && name[end] !== "[") end++;
  const first = name.slice(0, end);
  let value: PyObject;
  if (first === "" || /^[0-9]+$/.test(first)) {
    let index: number;
    if (first === "") {
      if (state.mode === 2)
        valueError("cannot switch from manual field specification to automatic field numbering");
      state.mode = 1;
      index = state.auto++;
    } else {
      if (state.mode === 1)
        valueError("cannot switch from automatic field numbering to manual field specification");
      state.mode = 2;
      if (first.length > 18) valueError("Too many decimal digits in format string");
      index = Number(first);
    }
    if (source.positional === null) valueError("Format string contains positional fields");
    if (index >= source.positional.length)
      throw newError("IndexError", `Replacement index ${index} out of range for positional args tuple`);
    value = source.positional[index];
  } else value = source.keyword(first);
  let i = end;
  while (i < name.length) {
    if (name[i] === ".") {
      let j = i + 1;
      while (j < name.length && name[j] !== "." && name[j] !== "[") j++;
      const attr = name.slice(i + 1, j);
      if (attr === "") valueError("Empty attribute in format string");
      value = getAttr(value, attr);
      i = j;
    } else if (name[i] === "[") {
      const close = name.indexOf("]", i);
      if (close < 0) valueError("Missing ']' in format string");
      const key = name.slice(i + 1, close);
      if (key === "") valueError("Empty attribute in format string");
      value = getItem(value, /^[0-9]+$/.test(key) ? newInt(Number(key)) : newStr(key));
      i = close + 1;
      if (i < name.length && name[i] !== "." && name[i] !== "[")
        valueError("Only '.' or '[' may follow ']' in format field specifier");
    } else valueError("Only '.' or '[' may follow ']' in format field specifier");
  }
  return value;
}
