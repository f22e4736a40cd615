// The time module: clocks and sleep, and the calendar functions on struct_time (gmtime, localtime, mktime,
// asctime, ctime, strftime) with the zone constants.
import {
  callObject,
  defineGetSets,
  defineMethods,
  E,
  getAttr,
  index,
  intFrom,
  iterate,
  None,
  newError,
  newFloat,
  newInt,
  newStr,
  noKeywords,
  PyBuiltinFunction,
  PyDict,
  PyFloat,
  PyInt,
  type PyModule,
  type PyObject,
  PyStaticMethod,
  PyStr,
  PyTuple,
  type PyType,
  rangeArgs,
  repr,
  splitKeywords,
  typeError,
  valueError,
} from "@ophis/objects";
import type { Interpreter } from "../interpreter.js";
import { structSeqType } from "./structseq.js";
import {
  INT_MAX,
  INT_MIN,
  localSeconds,
  localTm,
  TIME_T_MAX,
  TIME_T_MIN,
  type Tm,
  utcTm,
  zoneConstants,
} from "./time-calendar.js";
import { asctime, cYear, strftime } from "./time-strftime.js";

const origin = performance.now();

/** Nanoseconds since the epoch, with the sub-millisecond part from the performance clock. */
function epochNs(): bigint {
  const ms = performance.timeOrigin + performance.now();
  return BigInt(Math.floor(ms)) * 1_000_000n + BigInt(Math.floor((ms % 1) * 1e6));
}

function perfNs(): bigint {
  return BigInt(Math.round(performance.now() * 1e6));
}

/** Blocks without spinning where Atomics.wait is allowed (Node, workers), else spins. */
export function blockingSleep(seconds: number): void {
  const ms = seconds * 1000;
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    const end = performance.now() + ms;
    while (performance.now() < end) {
      // A browser's main thread cannot block: spin until the time has passed.
    }
  }
}

function seconds(o: PyObject): number {
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) throw newError("ValueError", "Invalid value NaN (not a number)");
    return o.value;
  }
  if (o instanceof PyInt) return Number(o.value);
  throw typeError(`'${o.type.tpName}' object cannot be interpreted as an integer or float`);
}

const FIELDS = [
  "tm_year",
  "tm_mon",
  "tm_mday",
  "tm_hour",
  "tm_min",
  "tm_sec",
  "tm_wday",
  "tm_yday",
  "tm_isdst",
];
/** Fields kept beside the nine of the tuple, as attributes only. */
const EXTRA_FIELDS = ["tm_zone", "tm_gmtoff"];

/** A struct_time: the nine fields as its tuple items, tm_zone and tm_gmtoff beside them. */
class StructTime extends PyTuple {
  constructor(
    items: readonly PyObject[],
    type: PyType,
    readonly extras: readonly [PyObject, PyObject],
  ) {
    super(items, type);
  }
}

const StructTimeType = structSeqType("time.struct_time", FIELDS);
StructTimeType.setAttr("n_fields", newInt(FIELDS.length + EXTRA_FIELDS.length));
StructTimeType.setAttr("n_unnamed_fields", newInt(0));
StructTimeType.setAttr("__match_args__", new PyTuple(FIELDS.map(newStr)));
defineGetSets(StructTimeType, {
  tm_zone: [(self) => (self instanceof StructTime ? self.extras[0] : None)],
  tm_gmtoff: [(self) => (self instanceof StructTime ? self.extras[1] : None)],
});
defineMethods(StructTimeType, {
  __reduce__: (self) => {
    const extras = new PyDict();
    EXTRA_FIELDS.forEach((name, i) => {
      extras.setStr(name, self instanceof StructTime ? self.extras[i] : None);
    });
    return new PyTuple([self.type, new PyTuple([new PyTuple((self as PyTuple).items), extras])]);
  },
  __replace__: (self, args, kwnames) => {
    const { positional, keywords } = splitKeywords(args, kwnames);
    if (positional.length) throw typeError("__replace__() takes no positional arguments");
    const take = (name: string, current: PyObject): PyObject => {
      const v = keywords.get(name);
      keywords.delete(name);
      return v ?? current;
    };
    const items = (self as PyTuple).items.map((v, i) => take(FIELDS[i], v));
    const extras = EXTRA_FIELDS.map((name, i) =>
      take(name, self instanceof StructTime ? self.extras[i] : None),
    );
    if (keywords.size) {
      const names = [...keywords.keys()].map((k) => repr(newStr(k)));
      throw typeError(`Got unexpected field name(s): [${names.join(", ")}]`);
    }
    return new StructTime(items, self.type, [extras[0], extras[1]]);
  },
});
StructTimeType.setAttr("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", structTimeNew)));

/** structseq_new: struct_time(sequence[, dict]), the fields past the ninth from the sequence, else the dict. */
function structTimeNew(args: PyObject[], kwnames: readonly string[] | null): PyObject {
  const { positional, keywords } = splitKeywords(args, kwnames);
  const [cls, ...rest] = positional;
  if (rest.length > 2) throw typeError(`structseq() takes at most 2 arguments (${rest.length} given)`);
  for (const name of keywords.keys()) {
    if (name !== "sequence" && name !== "dict") {
      throw typeError(`structseq() got an unexpected keyword argument '${name}'`);
    }
  }
  const sequence = rest[0] ?? keywords.get("sequence");
  if (sequence === undefined) throw typeError("structseq() missing required argument 'sequence' (pos 1)");
  const dict = rest[1] ?? keywords.get("dict");
  let items: PyObject[];
  try {
    items = [...iterate(sequence)];
  } catch (e) {
    if (sequence.type.lookup("__iter__") === undefined && sequence.type.lookup("__getitem__") === undefined) {
      throw typeError("constructor requires a sequence");
    }
    throw e;
  }
  const name = "time.struct_time";
  if (dict !== undefined && !(dict instanceof PyDict))
    throw typeError(`${name}() takes a dict as second arg, if any`);
  const most = FIELDS.length + EXTRA_FIELDS.length;
  if (items.length < FIELDS.length) {
    throw typeError(`${name}() takes an at least ${FIELDS.length}-sequence (${items.length}-sequence given)`);
  }
  if (items.length > most) {
    throw typeError(`${name}() takes an at most ${most}-sequence (${items.length}-sequence given)`);
  }
  const extra = (i: number): PyObject =>
    items[FIELDS.length + i] ?? (dict instanceof PyDict ? dict.getStr(EXTRA_FIELDS[i]) : undefined) ?? None;
  return new StructTime(items.slice(0, FIELDS.length), cls as PyType, [extra(0), extra(1)]);
}

function structTime(tm: Tm): StructTime {
  const fields = [
    cYear(tm),
    tm.mon + 1,
    tm.mday,
    tm.hour,
    tm.min,
    tm.sec,
    (tm.wday + 6) % 7,
    tm.yday + 1,
    tm.isdst,
  ];
  const zone = tm.zone === null ? None : newStr(tm.zone);
  return new StructTime(fields.map(newInt), StructTimeType, [zone, newInt(tm.gmtoff)]);
}

/** errno 75 (EOVERFLOW), as gmtime_r and localtime_r fail for a year beyond C's int. */
function overflowOSError(): PyObject {
  return callObject(E.OSError, [newInt(75), newStr("Value too large for defined data type")]);
}

const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

/** PyLong_AsLong: an int through __index__ that fits C's long. */
function cLong(o: PyObject): number {
  const v = index(o);
  if (typeof v === "bigint" && (v < LONG_MIN || v > LONG_MAX)) {
    throw newError("OverflowError", "Python int too large to convert to C long");
  }
  return Number(v);
}

/** PyArg_Parse's "i": a C int. */
function cInt(o: PyObject): number {
  const v = cLong(o);
  if (v > INT_MAX) throw newError("OverflowError", "signed integer is greater than maximum");
  if (v < INT_MIN) throw newError("OverflowError", "signed integer is less than minimum");
  return v;
}

/** _PyTime_ObjectToTime_t with rounding to floor: a float or an int as a 64-bit time_t. */
function timeT(o: PyObject): bigint {
  const outOfRange = () => newError("OverflowError", "timestamp out of range for platform time_t");
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) throw valueError("Invalid value NaN (not a number)");
    const whole = Math.floor(o.value);
    if (!(whole >= -(2 ** 63) && whole < 2 ** 63)) throw outOfRange();
    return BigInt(whole);
  }
  const v = BigInt(index(o));
  if (v < TIME_T_MIN || v > TIME_T_MAX) throw outOfRange();
  return v;
}

/** The optional seconds argument of gmtime, localtime and ctime: absent or None is now. */
function secondsArg(name: string, args: PyObject[], kwnames: readonly string[] | null): bigint {
  noKeywords(name, kwnames);
  if (args.length > 1) throw typeError(`${name}() takes at most 1 argument (${args.length} given)`);
  const o = args[0];
  return o === undefined || o === None ? epochNs() / 1_000_000_000n : timeT(o);
}

/** gettmarg: a struct_time or 9-tuple as a tm (C's months, week days and year days). */
function tmArg(o: PyObject, fname: string): Tm {
  if (!(o instanceof PyTuple)) throw typeError("Tuple or struct_time argument required");
  if (o.items.length !== FIELDS.length) throw typeError(`${fname}(): illegal time tuple argument`);
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = o.items.map(cInt);
  if (year < INT_MIN + 1900) throw newError("OverflowError", "year out of range");
  const tm: Tm = {
    year,
    mon: mon - 1,
    mday,
    hour,
    min,
    sec,
    wday: (wday + 1) % 7,
    yday: yday - 1,
    isdst,
    gmtoff: 0,
    zone: null,
  };
  // Only a struct_time itself (not a subclass) brings its zone along.
  if (o.type === StructTimeType && o instanceof StructTime) {
    const [zone, gmtoff] = o.extras;
    if (zone !== None) {
      if (!(zone instanceof PyStr)) throw typeError("bad argument type for built-in operation");
      tm.zone = zone.value;
    }
    if (gmtoff !== None) tm.gmtoff = cLong(gmtoff);
  }
  return tm;
}

/** checktm: the ranges strftime and asctime index their tables by; 0 stands for the lowest month and days. */
function checkTm(tm: Tm): Tm {
  if (tm.mon === -1) tm.mon = 0;
  else if (tm.mon < 0 || tm.mon > 11) throw valueError("month out of range");
  if (tm.mday === 0) tm.mday = 1;
  else if (tm.mday < 0 || tm.mday > 31) throw valueError("day of month out of range");
  if (tm.hour < 0 || tm.hour > 23) throw valueError("hour out of range");
  if (tm.min < 0 || tm.min > 59) throw valueError("minute out of range");
  if (tm.sec < 0 || tm.sec > 61) throw valueError("seconds out of range");
  if (tm.wday < 0) throw valueError("day of week out of range");
  if (tm.yday === -1) tm.yday = 0;
  else if (tm.yday < 0 || tm.yday > 365) throw valueError("day of year out of range");
  return tm;
}

function localNow(): Tm {
  const tm = localTm(epochNs() / 1_000_000_000n);
  if (tm === null) throw overflowOSError();
  return tm;
}

export function makeTime(interp: Interpreter): PyModule {
  const mod = interp.imports.makeNative(
    "time",
    "This module provides various functions to manipulate time values.",
  );
  const d = mod.moduleDict;
  const def = (name: string, f: (args: PyObject[], kwnames: readonly string[] | null) => PyObject) =>
    d.setStr(name, new PyBuiltinFunction(name, f, mod));
  const cpu = () => interp.host.cpuTime?.() ?? (performance.now() - origin) / 1000;
  def("time", () => newFloat(Number(epochNs()) / 1e9));
  def("time_ns", () => intFrom(epochNs()));
  def("monotonic", () => newFloat(performance.now() / 1000));
  def("monotonic_ns", () => intFrom(perfNs()));
  def("perf_counter", () => newFloat(performance.now() / 1000));
  def("perf_counter_ns", () => intFrom(perfNs()));
  def("process_time", () => newFloat(cpu()));
  def("process_time_ns", () => intFrom(BigInt(Math.round(cpu() * 1e9))));
  def("sleep", (args) => {
    if (args.length !== 1) throw typeError(`time.sleep() takes exactly one argument (${args.length} given)`);
    const s = seconds(args[0]);
    if (s < 0) throw newError("ValueError", "sleep length must be non-negative");
    interp.ts.checkBreaker();
    if (interp.host.sleep) interp.host.sleep(s);
    else blockingSleep(s);
    return None;
  });

  def("gmtime", (args, kwnames) => {
    const tm = utcTm(secondsArg("gmtime", args, kwnames));
    if (tm === null) throw overflowOSError();
    return structTime(tm);
  });
  def("localtime", (args, kwnames) => {
    const tm = localTm(secondsArg("localtime", args, kwnames));
    if (tm === null) throw overflowOSError();
    return structTime(tm);
  });
  def("ctime", (args, kwnames) => {
    const tm = localTm(secondsArg("ctime", args, kwnames));
    if (tm === null) throw overflowOSError();
    return newStr(asctime(tm));
  });
  def("mktime", (args, kwnames) => {
    if (kwnames?.length) throw typeError("time.mktime() takes no keyword arguments");
    if (args.length !== 1) throw typeError(`time.mktime() takes exactly one argument (${args.length} given)`);
    const t = localSeconds(tmArg(args[0], "mktime"));
    if (t === null) throw newError("OverflowError", "mktime argument out of range");
    return newFloat(Number(t));
  });
  def("asctime", (args, kwnames) => {
    rangeArgs("asctime", args, kwnames, 0, 1);
    return newStr(asctime(args.length ? checkTm(tmArg(args[0], "asctime")) : localNow()));
  });
  def("strftime", (args, kwnames) => {
    noKeywords("strftime", kwnames);
    if (args.length === 0) throw typeError("strftime() takes at least 1 argument (0 given)");
    if (args.length > 2) throw typeError(`strftime() takes at most 2 arguments (${args.length} given)`);
    const format = args[0];
    if (!(format instanceof PyStr)) {
      throw typeError(`strftime() argument 1 must be str, not ${format.type.name}`);
    }
    const tm = args.length > 1 ? checkTm(tmArg(args[1], "strftime")) : localNow();
    tm.isdst = Math.max(-1, Math.min(1, tm.isdst));
    const out = strftime(format.value, tm, { mktime: localSeconds, tzname: zone.tzname });
    // CPython doubles its buffer from 1024 characters until one holds the text (and C's terminating NUL), giving
    // up with "" once the buffer reaches 256 times the format's length.
    let buffer = 1024;
    while (out.length >= buffer && buffer < 256 * format.value.length) buffer *= 2;
    return newStr(out.length < buffer ? out : "");
  });
  // Written in Python in CPython too (Lib/_strptime.py), and imported on first use.
  def("strptime", (args, kwnames) => {
    noKeywords("strptime", kwnames);
    return callObject(getAttr(interp.imports.importModule("_strptime"), "_strptime_time"), args);
  });
  let zone = zoneConstants(epochNs() / 1_000_000_000n);
  const setZone = () => {
    d.setStr("timezone", newInt(zone.timezone));
    d.setStr("altzone", newInt(zone.altzone));
    d.setStr("daylight", newInt(zone.daylight));
    d.setStr("tzname", new PyTuple(zone.tzname.map(newStr)));
  };
  setZone();
  def("tzset", () => {
    zone = zoneConstants(epochNs() / 1_000_000_000n);
    setZone();
    return None;
  });
  d.setStr("struct_time", StructTimeType);

  return mod;
}
