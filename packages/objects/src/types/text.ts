// str methods: concatenation, repetition, comparison, indexing, the common text methods.
import { exactArgs, rangeArgs } from "../args.js";
import { newError, type PyObject, T, typeError } from "../core.js";
import { defineMethods, PyBuiltinFunction, PyStaticMethod } from "../functions.js";
import { newInt, PyInt, pyBool } from "../int.js";
import { nativeIterator } from "../iterators.js";
import { index, iterate, repr, str } from "../protocols.js";
import { PySlice, PyTuple } from "../sequences.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr, reprString } from "../str.js";
import { newList } from "./containers.js";
import { sliceIndices } from "./slices.js";

function s(o: PyObject): string {
  return (o as PyStr).value;
}

function needStr(o: PyObject, what: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${what} must be str, not ${o.type.name}`);
  return o.value;
}

function cmp(test: (a: string, b: string) => boolean) {
  return (self: PyObject, [o]: PyObject[]): PyObject =>
    o instanceof PyStr ? pyBool(test(s(self), o.value)) : NotImplemented;
}

/** Compares by code point (JS compares UTF-16 units, which orders astral characters differently). */
function lessThan(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y;
    if (x > 0xffff) i++;
  }
  return a.length < b.length;
}

function splitWhitespace(text: string, max: number): string[] {
  const parts: string[] = [];
  let i = 0;
  const isSpace = (c: string) => /\s/.test(c);
  while (i < text.length) {
    while (i < text.length && isSpace(text[i])) i++;
    if (i >= text.length) break;
    if (max >= 0 && parts.length === max) {
      parts.push(text.slice(i).replace(/\s+$/, ""));
      return parts;
    }
    let j = i;
    while (j < text.length && !isSpace(text[j])) j++;
    parts.push(text.slice(i, j));
    i = j;
  }
  return parts;
}

function strHash(text: string): number {
  // Placeholder-free but not yet CPython's SipHash: a 32-bit FNV-1a, stable within a run.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h;
}

defineMethods(T.str, {
  __repr__: (self) => newStr(reprString(s(self))),
  __str__: (self) => (self.type === T.str ? self : newStr(s(self))),
  __hash__: (self) => newInt(strHash(s(self))),
  __len__: (self) => newInt((self as PyStr).length),
  __add__: (self, [o]) => {
    if (!(o instanceof PyStr)) throw typeError(`can only concatenate str (not "${o.type.name}") to str`);
    return newStr(s(self) + o.value);
  },
  __mul__: (self, [o]) => {
    if (!(o instanceof PyInt)) return NotImplemented;
    const n = Number(o.value);
    return newStr(n <= 0 ? "" : s(self).repeat(n));
  },
  __rmul__: (self, [o]) => {
    if (!(o instanceof PyInt)) return NotImplemented;
    const n = Number(o.value);
    return newStr(n <= 0 ? "" : s(self).repeat(n));
  },
  __mod__: (self, [o]) => newStr(percentFormat(s(self), o)),
  __eq__: cmp((a, b) => a === b),
  __ne__: cmp((a, b) => a !== b),
  __lt__: cmp(lessThan),
  __le__: cmp((a, b) => a === b || lessThan(a, b)),
  __gt__: cmp((a, b) => lessThan(b, a)),
  __ge__: cmp((a, b) => a === b || lessThan(b, a)),
  __contains__: (self, [o]) =>
    pyBool(s(self).includes(needStr(o, "'in <string>' requires string as left operand, not"))),
  __getitem__: (self, [key]) => {
    const text = self as PyStr;
    const chars = text.simple ? null : text.codePoints();
    const n = text.length;
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, n);
      let out = "";
      for (let i = 0, j = start; i < count; i++, j += step) out += chars ? chars[j] : text.value[j];
      return newStr(out);
    }
    let i = Number(index(key));
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw newError("IndexError", "string index out of range");
    return newStr(chars ? chars[i] : text.value[i]);
  },
  __iter__: (self) => {
    const chars = Array.from(s(self));
    let i = 0;
    return nativeIterator("str_ascii_iterator", () => (i < chars.length ? newStr(chars[i++]) : undefined));
  },
  __format__: (self, [spec]) => {
    const f = s(spec);
    if (f === "") return newStr(str(self));
    return newStr(formatStr(str(self), f));
  },
  join: (self, args, kw) => {
    exactArgs("str.join", args, kw, 1);
    const parts: string[] = [];
    let i = 0;
    for (const item of iterate(args[0])) {
      if (!(item instanceof PyStr))
        throw typeError(`sequence item ${i}: expected str instance, ${item.type.name} found`);
      parts.push(item.value);
      i++;
    }
    return newStr(parts.join(s(self)));
  },
  upper: (self) => newStr(s(self).toUpperCase()),
  lower: (self) => newStr(s(self).toLowerCase()),
  strip: (self, args) => newStr(stripChars(s(self), args[0], true, true)),
  lstrip: (self, args) => newStr(stripChars(s(self), args[0], true, false)),
  rstrip: (self, args) => newStr(stripChars(s(self), args[0], false, true)),
  split: (self, args) => {
    const sep =
      args[0] === undefined || args[0] === None ? null : needStr(args[0], "must be str or None, not");
    const max = args[1] === undefined ? -1 : Number(index(args[1]));
    if (sep === null) return newList(splitWhitespace(s(self), max).map(newStr));
    if (sep === "") throw newError("ValueError", "empty separator");
    const parts = s(self).split(sep);
    if (max >= 0 && parts.length > max + 1) parts.splice(max, parts.length, parts.slice(max).join(sep));
    return newList(parts.map(newStr));
  },
  startswith: (self, [prefix]) => {
    if (prefix instanceof PyTuple) return pyBool(prefix.items.some((p) => s(self).startsWith(s(p))));
    return pyBool(s(self).startsWith(needStr(prefix, "startswith first arg")));
  },
  endswith: (self, [suffix]) => {
    if (suffix instanceof PyTuple) return pyBool(suffix.items.some((p) => s(self).endsWith(s(p))));
    return pyBool(s(self).endsWith(needStr(suffix, "endswith first arg")));
  },
  replace: (self, args, kw) => {
    rangeArgs("replace", args, kw, 2, 3);
    const old = needStr(args[0], "replace() argument 1");
    const rep = needStr(args[1], "replace() argument 2");
    const count = args[2] === undefined ? -1 : Number(index(args[2]));
    if (count < 0) return newStr(s(self).split(old).join(rep));
    let text = s(self);
    let out = "";
    for (let n = 0; n < count; n++) {
      const at = text.indexOf(old);
      if (at < 0) break;
      out += text.slice(0, at) + rep;
      text = text.slice(at + old.length);
      if (old === "") {
        out += text.slice(0, 1);
        text = text.slice(1);
      }
    }
    return newStr(out + text);
  },
  find: (self, [sub]) => newInt(s(self).indexOf(needStr(sub, "must be str, not"))),
  count: (self, [sub]) => {
    const t = needStr(sub, "must be str, not");
    if (t === "") return newInt((self as PyStr).length + 1);
    return newInt(s(self).split(t).length - 1);
  },
  isdigit: (self) => pyBool(s(self).length > 0 && /^\d+$/.test(s(self))),
  isalpha: (self) => pyBool(s(self).length > 0 && /^\p{L}+$/u.test(s(self))),
  isspace: (self) => pyBool(s(self).length > 0 && /^\s+$/.test(s(self))),
  title: (self) =>
    newStr(
      s(self)
        .toLowerCase()
        .replace(/(^|[^\p{L}])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase()),
    ),
  capitalize: (self) => newStr(s(self).slice(0, 1).toUpperCase() + s(self).slice(1).toLowerCase()),
  center: (self, [width, fill]) => newStr(pad(s(self), Number(index(width)), fill ? s(fill) : " ", "^")),
  ljust: (self, [width, fill]) => newStr(pad(s(self), Number(index(width)), fill ? s(fill) : " ", "<")),
  rjust: (self, [width, fill]) => newStr(pad(s(self), Number(index(width)), fill ? s(fill) : " ", ">")),
  zfill: (self, [width]) => {
    const t = s(self);
    const w = Number(index(width));
    if (t.length >= w) return newStr(t);
    const sign = t[0] === "+" || t[0] === "-" ? t[0] : "";
    return newStr(sign + "0".repeat(w - t.length) + t.slice(sign.length));
  },
  format: (self, args, kw) => newStr(strFormat(s(self), args, kw)),
  splitlines: (self) =>
    newList(
      s(self)
        .split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/)
        .filter((_, i, a) => i < a.length - 1 || a[i] !== "")
        .map(newStr),
    ),
});

T.str.setAttr(
  "__new__",
  new PyStaticMethod(
    new PyBuiltinFunction("__new__", (args) => {
      if (args.length < 2) return newStr("");
      return newStr(str(args[1]));
    }),
  ),
);

function stripChars(text: string, chars: PyObject | undefined, left: boolean, right: boolean): string {
  const set = chars === undefined || chars === None ? null : s(chars);
  const strip = (c: string) => (set === null ? /\s/.test(c) : set.includes(c));
  let a = 0;
  let b = text.length;
  if (left) while (a < b && strip(text[a])) a++;
  if (right) while (b > a && strip(text[b - 1])) b--;
  return text.slice(a, b);
}

function pad(text: string, width: number, fill: string, align: string): string {
  const n = Array.from(text).length;
  if (n >= width) return text;
  const total = width - n;
  if (align === "<") return text + fill.repeat(total);
  if (align === ">") return fill.repeat(total) + text;
  // str.center puts the extra fill character on the right when the text length is even... as CPython's pad().
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + text + fill.repeat(total - left);
}

/** The format mini-language for str: [[fill]align][width][.precision]. */
export function formatStr(text: string, spec: string): string {
  const m = /^(?:(.)?([<>^=]))?(\d+)?(?:\.(\d+))?(s)?$/.exec(spec);
  if (!m) throw newError("ValueError", `Invalid format specifier '${spec}' for object of type 'str'`);
  let t = text;
  if (m[4] !== undefined) t = Array.from(t).slice(0, Number(m[4])).join("");
  const width = m[3] ? Number(m[3]) : 0;
  const align = m[2] ?? "<";
  if (align === "=") throw newError("ValueError", "'=' alignment not allowed in string format specifier");
  const n = Array.from(t).length;
  if (n >= width) return t;
  const fill = m[1] ?? " ";
  const total = width - n;
  if (align === "<") return t + fill.repeat(total);
  if (align === ">") return fill.repeat(total) + t;
  const left = Math.floor(total / 2);
  return fill.repeat(left) + t + fill.repeat(total - left);
}

/** str.format with automatic and numbered fields, attribute and index lookups left for later. */
function strFormat(template: string, args: PyObject[], kw: readonly string[] | null): string {
  const npos = args.length - (kw?.length ?? 0);
  const named = new Map<string, PyObject>();
  for (const [i, k] of (kw ?? []).entries()) named.set(k, args[npos + i]);
  let auto = 0;
  return template.replace(
    /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::([^{}]*))?\}/g,
    (whole, field, conv, spec) => {
      if (whole === "{{") return "{";
      if (whole === "}}") return "}";
      let value: PyObject | undefined;
      if (field === "") value = args[auto++];
      else if (/^\d+$/.test(field)) value = args[Number(field)];
      else value = named.get(field);
      if (value === undefined) {
        if (field === "" || /^\d+$/.test(field))
          throw newError(
            "IndexError",
            `Replacement index ${field === "" ? auto - 1 : field} out of range for positional args tuple`,
          );
        throw newError("KeyError", `'${field}'`);
      }
      let v: PyObject = value;
      if (conv === "r") v = newStr(repr(v));
      else if (conv === "s") v = newStr(str(v));
      return formatValue(v, spec ?? "");
    },
  );
}

/** format(value, spec): value.__format__(spec). Set up by the VM (it knows every type's __format__). */
export function formatValue(v: PyObject, spec: string): string {
  const f = v.type.lookup("__format__");
  if (f === undefined) throw typeError("no __format__");
  const r = (f as { fn?: (self: PyObject, a: PyObject[], k: null) => PyObject }).fn
    ? (f as unknown as { fn: (self: PyObject, a: PyObject[], k: null) => PyObject }).fn(
        v,
        [newStr(spec)],
        null,
      )
    : undefined;
  if (r instanceof PyStr) return r.value;
  throw typeError("__format__ must return a str");
}

/** printf-style formatting: %s %r %d %i %f %x %% with optional width/precision. */
export function percentFormat(template: string, arg: PyObject): string {
  const values = arg instanceof PyTuple ? [...arg.items] : [arg];
  let i = 0;
  const out = template.replace(
    /%([-+ 0#]*)(\d+|\*)?(?:\.(\d+))?([sdirfxXoe%])/g,
    (_w, flags, width, prec, conv) => {
      if (conv === "%") return "%";
      const v = values[i++];
      if (v === undefined) throw typeError("not enough arguments for format string");
      let text: string;
      switch (conv) {
        case "s":
          text = str(v);
          break;
        case "r":
          text = repr(v);
          break;
        case "d":
        case "i":
          text = String(index(v));
          break;
        case "f":
          text = Number((v as PyInt).value ?? (v as unknown as { value: number }).value).toFixed(
            prec === undefined ? 6 : Number(prec),
          );
          break;
        case "x":
          text = index(v).toString(16);
          break;
        case "X":
          text = index(v).toString(16).toUpperCase();
          break;
        case "o":
          text = index(v).toString(8);
          break;
        default:
          text = str(v);
      }
      if (prec !== undefined && conv === "s") text = text.slice(0, Number(prec));
      const w = width ? Number(width) : 0;
      if (text.length < w)
        text = flags.includes("-")
          ? text.padEnd(w)
          : text.padStart(w, flags.includes("0") && conv !== "s" ? "0" : " ");
      return text;
    },
  );
  if (i < values.length && arg instanceof PyTuple)
    throw typeError("not all arguments converted during string formatting");
  return out;
}
