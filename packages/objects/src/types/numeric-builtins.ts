// The numeric and character builtins: hex, oct, bin, round, divmod, pow, chr, ord (Python/bltinmodule.c).

import { rangeArgs } from "../args.js";
import { callMethod } from "../attributes.js";
import { bufferOf } from "../bytes.js";
import { type NativeFn, newError, type PyObject, typeError } from "../core.js";
import { formatObject } from "../format/template.js";
import { newInt, PyInt } from "../int.js";
import { BINARY_OPERATORS, type BinaryOperator, binaryOp } from "../operators.js";
import { index } from "../protocols.js";
import { None, NotImplemented } from "../singletons.js";
import { newStr, PyStr } from "../str.js";
import { kwArgs } from "./text-args.js";

/** A builtin taking exactly one positional argument (METH_O). */
function single(name: string, args: PyObject[], kw: readonly string[] | null): PyObject {
  if (kw?.length) throw typeError(`${name}() takes no keyword arguments`);
  if (args.length !== 1) throw typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

function radix(name: string, base: number, prefix: string): NativeFn {
  return (args, kw) => {
    const v = index(single(name, args, kw));
    const text = v.toString(base);
    return newStr(text[0] === "-" ? `-${prefix}${text.slice(1)}` : prefix + text);
  };
}

const DIVMOD: BinaryOperator = {
  symbol: "divmod()",
  method: "__divmod__",
  reflected: "__rdivmod__",
  inplace: "",
};

/** pow(base, exp, mod): the ternary form tries base's __pow__, then exp's __rpow__ (ternary_op). */
function ternaryPow(base: PyObject, exp: PyObject, mod: PyObject): PyObject {
  const slot = base.type.lookup("__pow__");
  if (slot !== undefined) {
    const r = callMethod(slot, base, [exp, mod]);
    if (r !== NotImplemented) return r;
  }
  if (exp.type !== base.type) {
    const rslot = exp.type.lookup("__rpow__");
    if (rslot !== undefined) {
      const r = callMethod(rslot, exp, [base, mod]);
      if (r !== NotImplemented) return r;
    }
  }
  throw typeError(
    `unsupported operand type(s) for ** or pow(): '${base.type.tpName}', '${exp.type.tpName}', '${mod.type.tpName}'`,
  );
}

export const numericBuiltins: Record<string, NativeFn> = {
  format: (args, kw) => {
    rangeArgs("format", args, kw, 1, 2);
    const spec = args[1];
    if (spec !== undefined && !(spec instanceof PyStr))
      throw typeError(`format() argument 2 must be str, not ${spec.type.name}`);
    return newStr(formatObject(args[0], spec === undefined ? "" : spec.value));
  },
  hex: radix("hex", 16, "0x"),
  oct: radix("oct", 8, "0o"),
  bin: radix("bin", 2, "0b"),
  divmod: (args, kw) => {
    if (kw?.length) throw typeError("divmod() takes no keyword arguments");
    if (args.length !== 2) throw typeError(`divmod expected 2 arguments, got ${args.length}`);
    return binaryOp(args[0], args[1], DIVMOD);
  },
  pow: (args, kw) => {
    const [base, exp, mod] = kwArgs("pow", args, kw, ["base", "exp", "mod"], 2);
    if (mod === undefined || mod === None) return binaryOp(base!, exp!, BINARY_OPERATORS[8]);
    return ternaryPow(base!, exp!, mod);
  },
  round: (args, kw) => {
    const [number, ndigits] = kwArgs("round", args, kw, ["number", "ndigits"], 1);
    const x = number!;
    const m = x.type.lookup("__round__");
    if (m === undefined) throw typeError(`type ${x.type.name} doesn't define __round__ method`);
    return callMethod(m, x, ndigits === undefined || ndigits === None ? [] : [ndigits]);
  },
  chr: (args, kw) => {
    const o = single("chr", args, kw);
    if (!(o instanceof PyInt) && o.type.lookup("__index__") === undefined)
      throw typeError(`'${o.type.tpName}' object cannot be interpreted as an integer`);
    const v = index(o);
    if (typeof v === "bigint" || v < 0 || v > 0x10ffff)
      throw newError("ValueError", "chr() arg not in range(0x110000)");
    return newStr(String.fromCodePoint(Number(v)));
  },
  ord: (args, kw) => {
    const c = single("ord", args, kw);
    if (c instanceof PyStr) {
      if (c.length !== 1)
        throw typeError(`ord() expected a character, but string of length ${c.length} found`);
      return newInt(c.value.codePointAt(0)!);
    }
    const b = bufferOf(c);
    if (b !== null) {
      if (b.length !== 1)
        throw typeError(`ord() expected a character, but string of length ${b.length} found`);
      return newInt(b[0]);
    }
    throw typeError(`ord() expected string of length 1, but ${c.type.name} found`);
  },
};
