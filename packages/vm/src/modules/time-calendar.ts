// Calendar arithmetic for the time module: seconds since the epoch to broken-down time and back (as 64-bit glibc
// does it), and the host's local zone, read through ECMAScript's Date and Intl.

/** C's struct tm, except that `year` is the full year: months 0-11, wday 0 for Sunday, yday 0-365. */
export interface Tm {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  gmtoff: number;
  /** The zone's abbreviation; null where C's tm_zone is NULL (a tuple that is not a struct_time). */
  zone: string | null;
}

export const INT_MIN = -(2 ** 31);
export const INT_MAX = 2 ** 31 - 1;
export const TIME_T_MIN = -(2n ** 63n);
export const TIME_T_MAX = 2n ** 63n - 1n;
const DAY = 86400n;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function mod(a: number, b: number): number {
  return a - Math.floor(a / b) * b;
}

export function isLeap(year: number): boolean {
  return mod(year, 4) === 0 && (mod(year, 100) !== 0 || mod(year, 400) === 0);
}

/** Days from 1970-01-01 to the given date of the proleptic Gregorian calendar (month 1-12). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // Counted in 400-year eras of 146097 days, each year starting on March 1 so that leap days fall last.
  const y = month <= 2 ? year - 1 : year;
  const era = floorDiv(y, 400);
  const yearOfEra = y - era * 400;
  const marchMonth = (month + 9) % 12;
  const dayOfYear = floorDiv(153 * marchMonth + 2, 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `days` after 1970-01-01: year, month 1-12 and day. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = floorDiv(z, 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = floorDiv(
    dayOfEra - floorDiv(dayOfEra, 1460) + floorDiv(dayOfEra, 36524) - floorDiv(dayOfEra, 146096),
    365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + floorDiv(yearOfEra, 4) - floorDiv(yearOfEra, 100));
  const marchMonth = floorDiv(5 * dayOfYear + 2, 153);
  const day = dayOfYear - floorDiv(153 * marchMonth + 2, 5) + 1;
  const month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The broken-down time of `secs` at `gmtoff` seconds east of UTC, or null when its year does not fit C's int
 * tm_year (where glibc fails with EOVERFLOW).
 */
export function breakDown(secs: bigint, gmtoff: number, isdst: number, zone: string | null): Tm | null {
  const local = secs + BigInt(gmtoff);
  let days = local / DAY;
  let rest = local % DAY;
  if (rest < 0n) {
    rest += DAY;
    days -= 1n;
  }
  const d = Number(days);
  const r = Number(rest);
  const { year, month, day } = civilFromDays(d);
  if (year - 1900 > INT_MAX || year - 1900 < INT_MIN) return null;
  return {
    year,
    mon: month - 1,
    mday: day,
    hour: Math.floor(r / 3600),
    min: Math.floor(r / 60) % 60,
    sec: r % 60,
    wday: mod(d + 4, 7),
    yday: d - daysFromCivil(year, 1, 1),
    isdst,
    gmtoff,
    zone,
  };
}

/** The seconds since the epoch of `tm` read as UTC, its fields normalised as mktime does (timegm). */
export function secondsOfTm(tm: Tm): bigint {
  const year = tm.year + floorDiv(tm.mon, 12);
  const days = daysFromCivil(year, mod(tm.mon, 12) + 1, 1) + tm.mday - 1;
  return BigInt(days) * DAY + BigInt(tm.hour * 3600 + tm.min * 60 + tm.sec);
}

// ---- the local zone ----

/** The range ECMAScript's Date covers, in seconds either side of the epoch; beyond it the edge's offset holds. */
const DATE_LIMIT = 8_640_000_000_000n;

function dateAt(secs: bigint): Date {
  const clamped = secs > DATE_LIMIT ? DATE_LIMIT : secs < -DATE_LIMIT ? -DATE_LIMIT : secs;
  return new Date(Number(clamped) * 1000);
}

/** Seconds east of UTC of the local zone at `secs`. */
export function localOffset(secs: bigint): number {
  return -dateAt(secs).getTimezoneOffset() * 60;
}

/** Whether summer time is in effect at `secs`: an offset above the lesser of January's and July's that year. */
function localIsDst(secs: bigint, offset: number): number {
  const year = dateAt(secs).getUTCFullYear();
  const jan = localOffset(BigInt(daysFromCivil(year, 1, 1)) * DAY);
  const jul = localOffset(BigInt(daysFromCivil(year, 7, 1)) * DAY);
  return jan !== jul && offset > Math.min(jan, jul) ? 1 : 0;
}

/**
 * English locales whose short zone names ICU knows between them (US, European, Australian, Indian and South
 * African abbreviations); each of the others says "GMT+1" for a zone it has no abbreviation for.
 */
const ZONE_LOCALES = ["en-US", "en-GB", "en-AU", "en-IN", "en-ZA"];
let zoneFormats: Intl.DateTimeFormat[] | undefined;

function formats(): Intl.DateTimeFormat[] {
  if (zoneFormats === undefined) {
    try {
      zoneFormats = ZONE_LOCALES.map((l) => new Intl.DateTimeFormat(l, { timeZoneName: "short" }));
    } catch {
      zoneFormats = [];
    }
  }
  return zoneFormats;
}

/**
 * The zone's abbreviation at `secs`, as the host's time zone data names it ("UTC", "EST", "CET"); where it has
 * none, the numeric form the tz database gives such zones ("+03", "+0530").
 */
function localZoneName(secs: bigint, offset: number): string {
  const date = dateAt(secs);
  for (const format of formats()) {
    const name = format.formatToParts(date).find((p) => p.type === "timeZoneName")?.value;
    if (name !== undefined && (name === "GMT" || !name.startsWith("GMT"))) return name;
  }
  if (offset === 0) return "UTC";
  const a = Math.abs(offset);
  const hours = String(Math.floor(a / 3600)).padStart(2, "0");
  const minutes = Math.floor(a / 60) % 60;
  return `${offset < 0 ? "-" : "+"}${hours}${minutes ? String(minutes).padStart(2, "0") : ""}`;
}

/** localtime_r: `secs` in the local zone, or null when its year does not fit tm_year. */
export function localTm(secs: bigint): Tm | null {
  const offset = localOffset(secs);
  return breakDown(secs, offset, localIsDst(secs, offset), localZoneName(secs, offset));
}

/** gmtime_r: `secs` in UTC, which glibc names "GMT"; null when its year does not fit tm_year. */
export function utcTm(secs: bigint): Tm | null {
  return breakDown(secs, 0, 0, "GMT");
}

/** glibc's localtime_offset: the offset the last mktime found, its first guess at the next (so results in an
 * ambiguous hour depend on the calls before, as in C). */
let guessedOffset = 0;

/**
 * glibc's mktime: `tm` read as local time, fields normalised; null when the result is out of range. The offset
 * is found by iterating from the last call's; a requested tm_isdst that the zone disagrees with takes the offset
 * of a nearby time that agrees, else one hour's shift.
 */
export function localSeconds(tm: Tm): bigint | null {
  const wall = secondsOfTm(tm);
  const isdst = tm.isdst;
  let t = wall - BigInt(guessedOffset);
  let t1 = t;
  let t2 = t;
  let dst2 = 0;
  for (let probes = 6; ; ) {
    const offset = localOffset(t);
    const dst = localIsDst(t, offset);
    const guess = wall - BigInt(offset);
    if (guess === t) {
      // A requested tm_isdst the zone disagrees with takes a nearby offset that agrees.
      if (isdst >= 0 && (isdst !== 0) !== (dst !== 0)) t = matchDst(t, wall, isdst !== 0 ? 1 : 0, dst);
      break;
    }
    if (t === t1 && t !== t2) {
      // Oscillating between two times: the wall time falls in a spring-forward gap. Of the two, the one whose
      // tm_isdst differs from the requested one; with none requested, the one in summer time.
      const takeOther = isdst < 0 ? dst === 0 && dst2 !== 0 : (isdst !== 0) === (dst !== 0);
      if (takeOther) t = t2;
      break;
    }
    if (--probes === 0) return null;
    t1 = t2;
    t2 = t;
    t = guess;
    dst2 = dst;
  }
  if (t < TIME_T_MIN || t > TIME_T_MAX || localTm(t) === null) return null;
  guessedOffset = Number(wall - t);
  return t;
}

/** mktime's search for the offset of a time whose summer-time flag is `wanted`, within about eight months. */
function matchDst(t: bigint, wall: bigint, wanted: number, actual: number): bigint {
  const stride = 601200n;
  const bound = 536454000n / 2n + stride;
  for (let delta = stride; delta < bound; delta += stride) {
    for (const probe of [t - delta, t + delta]) {
      const offset = localOffset(probe);
      if (localIsDst(probe, offset) === wanted) return wall - BigInt(offset);
    }
  }
  return t + 3600n * BigInt((wanted === 0 ? 1 : 0) - (actual === 0 ? 1 : 0));
}

/**
 * The module's timezone, altzone, daylight and tzname, as CPython computes them where tzname is not used: the
 * offsets of January and July of the current year, the lesser being standard time.
 */
export function zoneConstants(nowSecs: bigint): {
  timezone: number;
  altzone: number;
  daylight: number;
  tzname: [string, string];
} {
  const year = BigInt((365 * 24 + 6) * 3600);
  const jan = (nowSecs / year) * year;
  const jul = jan + year / 2n;
  const janOffset = localOffset(jan);
  const julOffset = localOffset(jul);
  const janName = localZoneName(jan, janOffset);
  const julName = localZoneName(jul, julOffset);
  const daylight = janOffset !== julOffset ? 1 : 0;
  // West of UTC is positive here; in the southern hemisphere summer time falls in January.
  if (-janOffset < -julOffset) {
    return { timezone: -julOffset, altzone: -janOffset, daylight, tzname: [julName, janName] };
  }
  return { timezone: -janOffset, altzone: -julOffset, daylight, tzname: [janName, julName] };
}
