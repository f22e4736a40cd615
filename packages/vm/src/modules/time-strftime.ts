// time.strftime's and time.asctime's text: glibc's strftime in the C locale, flags and widths included.
import { INT_MAX, isLeap, type Tm } from "./time-calendar.js";

const ABDAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const DAY = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ABMON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MON = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** What %s and %Z need beyond the tm: mktime, and the zone names for a tm without its own. */
export interface StrftimeContext {
  mktime(tm: Tm): bigint | null;
  tzname: readonly [string, string];
}

/** Conversions that take glibc's E and O modifiers; any other with a modifier is copied out unconverted. */
const TAKES_E = "cCxXyYszZ";
const TAKES_O = "deHIjklmMSuUVwWyGgszZ";

/** One conversion's flags: padding ('_' spaces, '-' none, '0' zeros, "" the default), case and width (-1: none). */
interface Spec {
  pad: string;
  upper: boolean;
  swapCase: boolean;
  width: number;
}

function mod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

/**
 * A number as glibc 2.36's DO_NUMBER: zeros after the sign (spaces before it under '_', nothing under '-') up to
 * `digits`, then the width's padding in front.
 */
function number(spec: Spec, value: number | bigint, digits: number, defaultPad = "0"): string {
  const pad = spec.pad || defaultPad;
  const negative = value < 0;
  const sign = negative ? "-" : "";
  let s = String(negative ? -value : value);
  const fill = pad === "-" ? 0 : digits - s.length - sign.length;
  if (fill <= 0) s = sign + s;
  else if (pad === "_") s = " ".repeat(fill) + sign + s;
  else s = sign + "0".repeat(fill) + s;
  // The width's zeros go after the sign too.
  if (pad === "0" && negative && spec.width > s.length)
    return `-${"0".repeat(spec.width - s.length)}${s.slice(1)}`;
  return widen(s, spec.width, pad);
}

/** Spaces (zeros under the '0' flag) in front up to the width. */
function widen(s: string, width: number, pad: string): string {
  return width > s.length ? (pad === "0" ? "0" : " ").repeat(width - s.length) + s : s;
}

/** Text in the case the flags ask ('^' upper; '#' upper, or lower where `lower`), widened. */
function text(spec: Spec, s: string, lower = false): string {
  let t = s;
  if (lower && spec.swapCase) t = t.toLowerCase();
  else if (spec.upper || spec.swapCase) t = t.toUpperCase();
  return widen(t, spec.width, spec.pad);
}

/** Days from the Monday starting yday's ISO week to the Monday of ISO week 1 (glibc's iso_week_days). */
function isoWeekDays(yday: number, wday: number): number {
  // 378 is a multiple of 7 big enough to keep the left operand of % positive for any yday down to -366.
  return yday - ((yday - wday + 4 + 378) % 7) + 3;
}

/** The ISO 8601 year and the days into its week 1 of the Monday starting tm's week. */
function isoWeek(tm: Tm): { year: number; days: number } {
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + 365 + (isLeap(year) ? 1 : 0), tm.wday);
  } else {
    const next = isoWeekDays(tm.yday - 365 - (isLeap(year) ? 1 : 0), tm.wday);
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return { year, days };
}

/** `format` with tm's fields in it; tm is checked already (checktm), so the names are in range. */
export function strftime(format: string, tm: Tm, ctx: StrftimeContext): string {
  let out = "";
  let i = 0;
  const n = format.length;
  while (i < n) {
    const c = format[i];
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    const start = i++;
    const spec: Spec = { pad: "", upper: false, swapCase: false, width: -1 };
    for (; i < n; i++) {
      const f = format[i];
      if (f === "_" || f === "-" || f === "0") spec.pad = f;
      else if (f === "^") spec.upper = true;
      else if (f === "#") spec.swapCase = true;
      else break;
    }
    if (i < n && format[i] >= "0" && format[i] <= "9") {
      let width = 0;
      while (i < n && format[i] >= "0" && format[i] <= "9")
        width = Math.min(width * 10 + Number(format[i++]), 1e6);
      spec.width = width;
    }
    let modifier = "";
    if (i < n && (format[i] === "E" || format[i] === "O")) modifier = format[i++];
    const conv = i < n ? format[i++] : "";
    const converted =
      modifier === "" || (modifier === "E" ? TAKES_E : TAKES_O).includes(conv)
        ? convert(conv, spec, tm, ctx)
        : null;
    // An unknown conversion, or a % ending the format, is copied out as written (padded to the width).
    out += converted ?? text({ ...spec, upper: false, swapCase: false }, format.slice(start, i));
  }
  return out;
}

function convert(conv: string, spec: Spec, tm: Tm, ctx: StrftimeContext): string | null {
  // A composite conversion takes '^' but not '#'.
  const sub = (f: string) => text({ ...spec, swapCase: false }, strftime(f, tm, ctx));
  switch (conv) {
    case "a":
      return text(spec, ABDAY[tm.wday] ?? "?");
    case "A":
      return text(spec, DAY[tm.wday] ?? "?");
    case "b":
    case "h":
      return text(spec, ABMON[tm.mon] ?? "?");
    case "B":
      return text(spec, MON[tm.mon] ?? "?");
    case "c":
      return sub("%a %b %e %H:%M:%S %Y");
    case "C":
      return number(spec, Math.floor(tm.year / 100), 1);
    case "d":
      return number(spec, tm.mday, 2);
    case "D":
    case "x":
      return sub("%m/%d/%y");
    case "e":
      return number(spec, tm.mday, 2, "_");
    case "F":
      return sub("%Y-%m-%d");
    case "G":
      return number(spec, isoWeek(tm).year, 1);
    case "g":
      return number(spec, mod(isoWeek(tm).year, 100), 2);
    case "V":
      return number(spec, Math.floor(isoWeek(tm).days / 7) + 1, 2);
    case "H":
      return number(spec, tm.hour, 2);
    case "I":
      return number(spec, tm.hour % 12 || 12, 2);
    case "k":
      return number(spec, tm.hour, 2, "_");
    case "l":
      return number(spec, tm.hour % 12 || 12, 2, "_");
    case "j":
      return number(spec, tm.yday + 1, 3);
    case "m":
      return number(spec, tm.mon + 1, 2);
    case "M":
      return number(spec, tm.min, 2);
    case "n":
      return text(spec, "\n");
    case "t":
      return text(spec, "\t");
    case "p":
      return text(spec, tm.hour > 11 ? "PM" : "AM", true);
    case "P":
      return text({ ...spec, upper: false, swapCase: false }, tm.hour > 11 ? "pm" : "am");
    case "r":
      return sub("%I:%M:%S %p");
    case "R":
      return sub("%H:%M");
    case "T":
    case "X":
      return sub("%H:%M:%S");
    case "s": {
      const t = ctx.mktime({ ...tm });
      return number(spec, t ?? -1, 1);
    }
    case "S":
      return number(spec, tm.sec, 2);
    case "u":
      return number(spec, ((tm.wday + 6) % 7) + 1, 1);
    case "U":
      return number(spec, Math.floor((tm.yday - tm.wday + 7) / 7), 2);
    case "w":
      return number(spec, tm.wday, 1);
    case "W":
      return number(spec, Math.floor((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2);
    case "y":
      return number(spec, mod(tm.year, 100), 2);
    case "Y":
      return number(spec, tm.year, 1);
    case "z": {
      // Nothing when summer time is unknown; else the offset east of UTC as +hhmm, seconds dropped.
      if (tm.isdst < 0) return "";
      const minutes = Math.trunc(Math.abs(tm.gmtoff) / 60);
      const digits = number({ ...spec, width: -1 }, Math.floor(minutes / 60) * 100 + (minutes % 60), 4);
      return (tm.gmtoff < 0 ? "-" : "+") + digits;
    }
    case "Z": {
      let zone = tm.zone ?? "";
      if (zone === "" && tm.isdst >= 0) zone = ctx.tzname[tm.isdst > 0 ? 1 : 0];
      return text(spec, zone, true);
    }
    case "%":
      return text(spec, "%");
    default:
      return null;
  }
}

/** tm_year + 1900 as C computes it in an int, wrapping past INT_MAX (years INT_MAX + 1 to INT_MAX + 1900). */
export function cYear(tm: Tm): number {
  return tm.year > INT_MAX ? tm.year - 2 ** 32 : tm.year;
}

/** asctime's fixed form, "Sun Jun 20 23:21:05 1993", for a checked tm. */
export function asctime(tm: Tm): string {
  const two = (v: number) => String(v).padStart(2, "0");
  const time = `${two(tm.hour)}:${two(tm.min)}:${two(tm.sec)}`;
  return `${ABDAY[tm.wday]} ${ABMON[tm.mon]}${String(tm.mday).padStart(3, " ")} ${time} ${cYear(tm)}`;
}
