// sys's descriptions of the platform and the interpreter's options, with 64-bit Linux CPython 3.14's values:
// float_info, int_info, hash_info, thread_info, stdlib_module_names, the prefixes, _xoptions and warnoptions.
import {
  False,
  intFrom,
  None,
  newError,
  newFloat,
  newInt,
  newList,
  newStr,
  PyBuiltinFunction,
  type PyDict,
  PyDict as PyDictClass,
  type PyModule,
  type PyObject,
  PySet,
  T,
  True,
  toDouble,
  typeError,
} from "@ophis/objects";
import { STDLIB_MODULE_NAMES } from "../suggestions.js";
import { structSeq, structSeqType } from "./structseq.js";

const FloatInfo = structSeqType("sys.float_info", [
  "max",
  "max_exp",
  "max_10_exp",
  "min",
  "min_exp",
  "min_10_exp",
  "dig",
  "mant_dig",
  "epsilon",
  "radix",
  "rounds",
]);
const IntInfo = structSeqType("sys.int_info", [
  "bits_per_digit",
  "sizeof_digit",
  "default_max_str_digits",
  "str_digits_check_threshold",
]);
const HashInfo = structSeqType("sys.hash_info", [
  "width",
  "modulus",
  "inf",
  "nan",
  "imag",
  "algorithm",
  "hash_bits",
  "seed_bits",
  "cutoff",
]);
const ThreadInfo = structSeqType("sys.thread_info", ["name", "lock", "version"]);

const COPYRIGHT = [
  "Copyright (c) 2001 Python Software Foundation.",
  "All Rights Reserved.",
  "",
  "Copyright (c) 2000 BeOpen.com.",
  "All Rights Reserved.",
  "",
  "Copyright (c) 1995-2001 Corporation for National Research Initiatives.",
  "All Rights Reserved.",
  "",
  "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.",
  "All Rights Reserved.",
].join("\n");

/** The options sys reports as given on the command line. */
export interface CommandLineOptions {
  /** -X values, in order: "name" or "name=value". */
  xoptions?: readonly string[];
  /** -W values, in order. */
  warnoptions?: readonly string[];
  /** The command line as given, program name first. */
  origArgv?: readonly string[];
}

/** sys._xoptions: -X name gives {name: True}, -X name=value gives {name: 'value'}; later ones win. */
function xoptionsDict(d: PyDict, values: readonly string[]): void {
  for (const x of values) {
    const eq = x.indexOf("=");
    if (eq < 0) d.setStr(x, True);
    else d.setStr(x.slice(0, eq), newStr(x.slice(eq + 1)));
  }
}

/** CPython's default installation prefix, which sys.prefix and its siblings report. */
const PREFIX = "/usr/local";

export function addSysInfo(mod: PyModule, d: PyDict, options: CommandLineOptions): void {
  const fn = (name: string, f: (args: PyObject[]) => PyObject) =>
    d.setStr(name, new PyBuiltinFunction(name, f, mod));
  d.setStr(
    "float_info",
    structSeq(FloatInfo, [
      newFloat(Number.MAX_VALUE),
      newInt(1024),
      newInt(308),
      newFloat(2.2250738585072014e-308),
      newInt(-1021),
      newInt(-307),
      newInt(15),
      newInt(53),
      newFloat(Number.EPSILON),
      newInt(2),
      newInt(1),
    ]),
  );
  d.setStr("int_info", structSeq(IntInfo, [newInt(30), newInt(4), newInt(4300), newInt(640)]));
  d.setStr(
    "hash_info",
    structSeq(HashInfo, [
      newInt(64),
      intFrom(2n ** 61n - 1n),
      newInt(314159),
      newInt(0),
      newInt(1000003),
      newStr("siphash13"),
      newInt(64),
      newInt(128),
      newInt(0),
    ]),
  );
  d.setStr("thread_info", structSeq(ThreadInfo, [newStr("pthread"), newStr("semaphore"), None]));
  d.setStr("float_repr_style", newStr("short"));
  d.setStr("abiflags", newStr(""));
  d.setStr("copyright", newStr(COPYRIGHT));
  for (const name of ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"])
    d.setStr(name, newStr(PREFIX));
  d.setStr("platlibdir", newStr("lib"));
  d.setStr("pycache_prefix", None);
  const names = new PySet(T.frozenset);
  for (const n of STDLIB_MODULE_NAMES) names.add(newStr(n));
  d.setStr("stdlib_module_names", names);
  const x = new PyDictClass();
  xoptionsDict(x, options.xoptions ?? []);
  d.setStr("_xoptions", x);
  d.setStr("warnoptions", newList((options.warnoptions ?? []).map((w) => newStr(w))));
  d.setStr("orig_argv", newList((options.origArgv ?? []).map((a) => newStr(a))));

  let switchInterval = 0.005;
  fn("getswitchinterval", () => newFloat(switchInterval));
  fn("setswitchinterval", ([v]) => {
    if (v === undefined) throw typeError("setswitchinterval() missing required argument 'interval' (pos 1)");
    const s = toDouble(v);
    if (!(s > 0)) throw newError("ValueError", "switch interval must be strictly positive");
    switchInterval = s;
    return None;
  });
  fn("is_finalizing", () => False);
  fn("_is_gil_enabled", () => True);
}
