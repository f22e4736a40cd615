// str methods that search, split, strip, pad and classify text (code-point semantics for astral text).
import { type PyObject, T, typeError, valueError } from "../core.js";
import { defineMethods } from "../functions.js";
import { newInt, pyBool } from "../int.js";
import { toArray } from "../protocols.js";
import { newTuple, PyList, PyTuple } from "../sequences.js";
import { None } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { newList } from "./containers.js";
import { adjustIndices, kwArgs, noArgs, oneArg, posArgs, sizeArg, sliceArg } from "./text-args.js";
import {
  capitalize,
  casefold,
  isAlnum,
  isAlpha,
  isDecimal,
  isDigit,
  isIdentifier,
  isLineBreak,
  isNumeric,
  isPrintableChar,
  isSpace,
  lower,
  swapcase,
  textIsLower,
  textIsTitle,
  textIsUpper,
  title,
  upper,
} from "./unicode.js";

function me(o: PyObject): PyStr {
  return o as PyStr;
}

/** `what` must be a str: "must be str, not int" with the method's prefix. */
function needStr(o: PyObject, prefix: string): string {
  if (!(o instanceof PyStr)) throw typeError(`${prefix}must be str, not ${o.type.name}`);
  return o.value;
}

function cpLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** find/rfind on code points within [start, end): the code-point index or -1. */
export function findText(
  self: PyStr,
  sub: string,
  startArg: PyObject | undefined,
  endArg: PyObject | undefined,
  reverse: boolean,
): number {
  const n = self.length;
  const [s, e] = adjustIndices(sliceArg(startArg, 0), sliceArg(endArg, n), n);
  const subLen = cpLength(sub);
  if (e - s < subLen || s > n) return -1;
  const us = self.unitOffset(s);
  const ue = self.unitOffset(e);
  const text = self.value;
  if (reverse) {
    const at = text.lastIndexOf(sub, ue - sub.length);
    return at < us ? -1 : self.cpIndex(at);
  }
  const at = text.indexOf(sub, us);
  return at < 0 || at + sub.length > ue ? -1 : self.cpIndex(at);
}

function countText(
  self: PyStr,
  sub: string,
  startArg: PyObject | undefined,
  endArg: PyObject | undefined,
): number {
  const n = self.length;
  const [s, e] = adjustIndices(sliceArg(startArg, 0), sliceArg(endArg, n), n);
  if (s > n || e < s) return 0;
  if (sub === "") return e - s + 1;
  const us = self.unitOffset(s);
  const ue = self.unitOffset(e);
  let count = 0;
  let at = self.value.indexOf(sub, us);
  while (at >= 0 && at + sub.length <= ue) {
    count++;
    at = self.value.indexOf(sub, at + sub.length);
  }
  return count;
}

function finder(name: string, reverse: boolean, raise: boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    posArgs(name, args, kw, 1, 3);
    const sub = needStr(args[0], `${name}() argument 1 `);
    const r = findText(me(self), sub, args[1], args[2], reverse);
    if (r < 0 && raise) throw valueError("substring not found");
    return newInt(r);
  };
}

/** Whitespace split (sep=None): runs of isspace() separate, ends are dropped. */
export function splitWhitespace(
  text: string,
  max: number,
  reverse: boolean,
  isSpaceCode: (c: number) => boolean = isSpace,
): string[] {
  const parts: string[] = [];
  const space = (i: number) => isSpaceCode(text.charCodeAt(i));
  if (!reverse) {
    let i = 0;
    const n = text.length;
    while (i < n) {
      while (i < n && space(i)) i++;
      if (i >= n) break;
      if (max >= 0 && parts.length === max) {
        // The unsplit remainder keeps its trailing whitespace.
        parts.push(text.slice(i));
        break;
      }
      let j = i;
      while (j < n && !space(j)) j++;
      parts.push(text.slice(i, j));
      i = j;
    }
    return parts;
  }
  let i = text.length;
  while (i > 0) {
    while (i > 0 && space(i - 1)) i--;
    if (i <= 0) break;
    if (max >= 0 && parts.length === max) {
      parts.push(text.slice(0, i));
      break;
    }
    let j = i;
    while (j > 0 && !space(j - 1)) j--;
    parts.push(text.slice(j, i));
    i = j;
  }
  return parts.reverse();
}

function splitSep(text: string, sep: string, max: number, reverse: boolean): string[] {
  const parts = text.split(sep);
  if (max < 0 || parts.length <= max + 1) return parts;
  if (!reverse) return [...parts.slice(0, max), parts.slice(max).join(sep)];
  const keep = parts.length - max;
  return [parts.slice(0, keep).join(sep), ...parts.slice(keep)];
}

function splitter(name: string, reverse: boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    const [sepObj, maxObj] = kwArgs(name, args, kw, ["sep", "maxsplit"]);
    const max = maxObj === undefined ? -1 : sizeArg(maxObj);
    const text = me(self).value;
    if (sepObj === undefined || sepObj === None)
      return newList(splitWhitespace(text, max, reverse).map(newStr));
    if (!(sepObj instanceof PyStr)) throw typeError(`must be str or None, not ${sepObj.type.name}`);
    const sep = sepObj.value;
    if (sep === "") throw valueError("empty separator");
    return newList(splitSep(text, sep, max, reverse).map(newStr));
  };
}

function stripper(name: string, left: boolean, right: boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    posArgs(name, args, kw, 0, 1);
    const chars = args[0];
    if (chars !== undefined && chars !== None && !(chars instanceof PyStr))
      throw typeError(`${name} arg must be None or str`);
    const set = chars === undefined || chars === None ? null : new Set(Array.from((chars as PyStr).value));
    const cps = Array.from(me(self).value);
    const drop = (ch: string) => (set === null ? isSpace(ch.codePointAt(0)!) : set.has(ch));
    let a = 0;
    let b = cps.length;
    if (left) while (a < b && drop(cps[a])) a++;
    if (right) while (b > a && drop(cps[b - 1])) b--;
    if (a === 0 && b === cps.length && self.type === T.str) return self;
    return newStr(cps.slice(a, b).join(""));
  };
}

function fillChar(o: PyObject | undefined): string {
  if (o === undefined) return " ";
  if (!(o instanceof PyStr))
    throw typeError(`The fill character must be a unicode character, not ${o.type.name}`);
  if (o.length !== 1) throw typeError("The fill character must be exactly one character long");
  return o.value;
}

function padder(name: string, align: string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    posArgs(name, args, kw, 1, 2);
    const width = sizeArg(args[0]);
    const fill = fillChar(args[1]);
    const text = me(self);
    const n = text.length;
    if (n >= width) return self.type === T.str ? self : newStr(text.value);
    const marg = width - n;
    let left: number;
    if (align === "<") left = 0;
    else if (align === ">") left = marg;
    else left = (marg >> 1) + (marg & width & 1);
    return newStr(fill.repeat(left) + text.value + fill.repeat(marg - left));
  };
}

function predicate(name: string, test: (ch: string) => boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    noArgs("str", name, args, kw);
    const text = me(self).value;
    if (text === "") return pyBool(false);
    for (const ch of text) if (!test(ch)) return pyBool(false);
    return pyBool(true);
  };
}

function wholeText(name: string, test: (text: string) => boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    noArgs("str", name, args, kw);
    return pyBool(test(me(self).value));
  };
}

function mapper(name: string, f: (text: string) => string) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    noArgs("str", name, args, kw);
    return newStr(f(me(self).value));
  };
}

function tailMatch(name: string, atEnd: boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    posArgs(name, args, kw, 1, 3);
    const text = me(self);
    const n = text.length;
    const [s, e] = adjustIndices(sliceArg(args[1], 0), sliceArg(args[2], n), n);
    const test = (sub: string): boolean => {
      const len = cpLength(sub);
      if (s > n || e - s < len) return false;
      const region = text.value.slice(text.unitOffset(s), text.unitOffset(e));
      return atEnd ? region.endsWith(sub) : region.startsWith(sub);
    };
    const what = args[0];
    if (what instanceof PyTuple) {
      for (const item of what.items) {
        if (!(item instanceof PyStr))
          throw typeError(`tuple for ${name} must only contain str, not ${item.type.name}`);
        if (test(item.value)) return pyBool(true);
      }
      return pyBool(false);
    }
    if (!(what instanceof PyStr))
      throw typeError(`${name} first arg must be str or a tuple of str, not ${what.type.name}`);
    return pyBool(test(what.value));
  };
}

function partitioner(name: string, reverse: boolean) {
  return (self: PyObject, args: PyObject[], kw: readonly string[] | null): PyObject => {
    const sep = needStr(oneArg("str", name, args, kw), "");
    if (sep === "") throw valueError("empty separator");
    const text = me(self).value;
    const at = reverse ? text.lastIndexOf(sep) : text.indexOf(sep);
    if (at < 0)
      return reverse
        ? newTuple([newStr(""), newStr(""), self.type === T.str ? self : newStr(text)])
        : newTuple([self.type === T.str ? self : newStr(text), newStr(""), newStr("")]);
    return newTuple([newStr(text.slice(0, at)), newStr(sep), newStr(text.slice(at + sep.length))]);
  };
}

function splitLines(text: string, keepends: boolean): string[] {
  const lines: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!isLineBreak(c)) {
      i++;
      continue;
    }
    let end = i + 1;
    if (c === 13 && text.charCodeAt(i + 1) === 10) end++;
    lines.push(text.slice(start, keepends ? end : i));
    start = end;
    i = end;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function expandTabs(text: string, tabsize: number): string {
  let out = "";
  let column = 0;
  for (const ch of text) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        out += " ".repeat(spaces);
        column += spaces;
      }
    } else {
      out += ch;
      column = ch === "\n" || ch === "\r" ? 0 : column + 1;
    }
  }
  return out;
}

defineMethods(T.str, {
  find: finder("find", false, false),
  rfind: finder("rfind", true, false),
  index: finder("index", false, true),
  rindex: finder("rindex", true, true),
  count: (self, args, kw) => {
    posArgs("count", args, kw, 1, 3);
    return newInt(countText(me(self), needStr(args[0], "count() argument 1 "), args[1], args[2]));
  },
  split: splitter("split", false),
  rsplit: splitter("rsplit", true),
  splitlines: (self, args, kw) => {
    const [keep] = kwArgs("splitlines", args, kw, ["keepends"]);
    const keepends = keep !== undefined && sizeArg(keep) !== 0;
    return newList(splitLines(me(self).value, keepends).map(newStr));
  },
  partition: partitioner("partition", false),
  rpartition: partitioner("rpartition", true),
  strip: stripper("strip", true, true),
  lstrip: stripper("lstrip", true, false),
  rstrip: stripper("rstrip", false, true),
  center: padder("center", "^"),
  ljust: padder("ljust", "<"),
  rjust: padder("rjust", ">"),
  zfill: (self, args, kw) => {
    const width = sizeArg(oneArg("str", "zfill", args, kw));
    const text = me(self);
    if (text.length >= width) return self.type === T.str ? self : newStr(text.value);
    const t = text.value;
    const fill = "0".repeat(width - text.length);
    if (t[0] === "+" || t[0] === "-") return newStr(t[0] + fill + t.slice(1));
    return newStr(fill + t);
  },
  expandtabs: (self, args, kw) => {
    const [size] = kwArgs("expandtabs", args, kw, ["tabsize"]);
    return newStr(expandTabs(me(self).value, size === undefined ? 8 : sizeArg(size)));
  },
  startswith: tailMatch("startswith", false),
  endswith: tailMatch("endswith", true),
  removeprefix: (self, args, kw) => {
    const p = oneArg("str", "removeprefix", args, kw);
    if (!(p instanceof PyStr)) throw typeError(`removeprefix() argument must be str, not ${p.type.name}`);
    const t = me(self).value;
    return t.startsWith(p.value) && p.value
      ? newStr(t.slice(p.value.length))
      : self.type === T.str
        ? self
        : newStr(t);
  },
  removesuffix: (self, args, kw) => {
    const p = oneArg("str", "removesuffix", args, kw);
    if (!(p instanceof PyStr)) throw typeError(`removesuffix() argument must be str, not ${p.type.name}`);
    const t = me(self).value;
    return t.endsWith(p.value) && p.value
      ? newStr(t.slice(0, t.length - p.value.length))
      : self.type === T.str
        ? self
        : newStr(t);
  },
  join: (self, args, kw) => {
    const iterable = oneArg("str", "join", args, kw);
    if (iterable.type.lookup("__iter__") === undefined && iterable.type.lookup("__getitem__") === undefined)
      throw typeError("can only join an iterable");
    // A list or tuple is read in place (no Python code runs while the items are checked), as PySequence_Fast.
    const items =
      iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items : toArray(iterable);
    const parts: string[] = new Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (!(item instanceof PyStr))
        throw typeError(`sequence item ${i}: expected str instance, ${item.type.name} found`);
      parts[i] = item.value;
    }
    return newStr(parts.join(me(self).value));
  },
  replace: (self, args, kw) => {
    const [oldObj, newObj, countObj] = kwArgs("replace", args, kw, ["old", "new", "count"], 2);
    const old = needStr(oldObj!, "replace() argument 1 ");
    const rep = needStr(newObj!, "replace() argument 2 ");
    let count = countObj === undefined ? -1 : sizeArg(countObj);
    const text = me(self).value;
    if (count < 0) count = Number.MAX_SAFE_INTEGER;
    if (old === "") {
      const cps = Array.from(text);
      let out = "";
      for (let i = 0; i <= cps.length; i++) {
        if (i < count + 0 && i <= cps.length) out += rep;
        if (i < cps.length) out += cps[i];
      }
      return newStr(count === 0 ? text : out);
    }
    let out = "";
    let from = 0;
    for (let n = 0; n < count; n++) {
      const at = text.indexOf(old, from);
      if (at < 0) break;
      out += text.slice(from, at) + rep;
      from = at + old.length;
    }
    return newStr(out + text.slice(from));
  },
  upper: mapper("upper", upper),
  lower: mapper("lower", lower),
  casefold: mapper("casefold", casefold),
  swapcase: mapper("swapcase", swapcase),
  title: mapper("title", title),
  capitalize: mapper("capitalize", capitalize),
  isalpha: predicate("isalpha", isAlpha),
  isalnum: predicate("isalnum", isAlnum),
  isdecimal: predicate("isdecimal", isDecimal),
  isdigit: predicate("isdigit", isDigit),
  isnumeric: predicate("isnumeric", isNumeric),
  isspace: predicate("isspace", (ch) => isSpace(ch.codePointAt(0)!)),
  isupper: wholeText("isupper", textIsUpper),
  islower: wholeText("islower", textIsLower),
  istitle: wholeText("istitle", textIsTitle),
  isidentifier: wholeText("isidentifier", isIdentifier),
  isprintable: wholeText("isprintable", (t) => Array.from(t).every(isPrintableChar)),
  isascii: wholeText("isascii", (t) => /^[\x00-\x7f]*$/.test(t)),
});
