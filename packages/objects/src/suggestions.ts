// _Py_CalculateSuggestions (Python/suggestions.c): the closest name for "Did you mean", used by tracebacks and
// by argument errors ("sort() got an unexpected keyword argument 'kye'. Did you mean 'key'?").
import { encodeUtf8Surrogatepass } from "@ophis/bytecode";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function substitutionCost(a: number, b: number): number {
  if (a === b) return 0;
  return lowerAscii(a) === lowerAscii(b) ? CASE_COST : MOVE_COST;
}

/** Levenshtein distance over UTF-8 bytes with CPython's costs (a case change costs half a move), capped at max+1. */
function levenshtein(aFull: Uint8Array, bFull: Uint8Array, maxCost: number): number {
  let aStart = 0;
  let bStart = 0;
  let aEnd = aFull.length;
  let bEnd = bFull.length;
  while (aStart < aEnd && bStart < bEnd && aFull[aStart] === bFull[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && aFull[aEnd - 1] === bFull[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let a = aFull.subarray(aStart, aEnd);
  let b = bFull.subarray(bStart, bEnd);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(a.length);
  for (let i = 0; i < a.length; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi];
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]);
      distance = row[i];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** _Py_CalculateSuggestions: the closest candidate needing at most a third of the characters changed. */
export function calculateSuggestion(candidates: string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  const nameBytes = encodeUtf8Surrogatepass(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = encodeUtf8Surrogatepass(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
