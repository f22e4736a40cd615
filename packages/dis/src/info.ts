// dis.code_info, dis.show_code and dis.pretty_flags.
import type { CodeObject } from "@ophis/bytecode";
import { pyRepr } from "./repr.js";

const FLAG_NAMES: Record<number, string> = {
  1: "OPTIMIZED",
  2: "NEWLOCALS",
  4: "VARARGS",
  8: "VARKEYWORDS",
  16: "NESTED",
  32: "GENERATOR",
  64: "NOFREE",
  128: "COROUTINE",
  256: "ITERABLE_COROUTINE",
  512: "ASYNC_GENERATOR",
  67108864: "HAS_DOCSTRING",
  134217728: "METHOD",
};

/** dis.pretty_flags: the names of co_flags' bits, unknown ones in hex. */
export function prettyFlags(flags: number): string {
  const names: string[] = [];
  let rest = flags >>> 0;
  for (let i = 0; i < 32; i++) {
    const flag = 2 ** i;
    if (rest & flag) {
      names.push(FLAG_NAMES[flag] ?? `0x${flag.toString(16)}`);
      rest = (rest - flag) >>> 0;
      if (rest === 0) return names.join(", ");
    }
  }
  names.push(`0x${rest.toString(16)}`);
  return names.join(", ");
}

const index = (i: number): string => String(i).padStart(4);

/** dis.code_info(code): the summary block (name, counts, flags, constants, names, variables). */
export function codeInfo(co: CodeObject): string {
  const lines = [
    `Name:              ${co.co_name}`,
    `Filename:          ${co.co_filename}`,
    `Argument count:    ${co.co_argcount}`,
    `Positional-only arguments: ${co.co_posonlyargcount}`,
    `Kw-only arguments: ${co.co_kwonlyargcount}`,
    `Number of locals:  ${co.co_nlocals}`,
    `Stack size:        ${co.co_stacksize}`,
    `Flags:             ${prettyFlags(co.co_flags)}`,
  ];
  const section = (title: string, items: readonly string[]) => {
    if (items.length === 0) return;
    lines.push(title);
    for (const [i, item] of items.entries()) lines.push(`${index(i)}: ${item}`);
  };
  section("Constants:", co.co_consts.map(pyRepr));
  section("Names:", co.co_names);
  section("Variable names:", co.co_varnames);
  section("Free variables:", co.co_freevars);
  section("Cell variables:", co.co_cellvars);
  return lines.join("\n");
}

/** dis.show_code(code): code_info's text and a newline, as print() writes it. */
export function showCode(co: CodeObject): string {
  return `${codeInfo(co)}\n`;
}
