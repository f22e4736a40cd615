// marshal's type codes and limits (Python/marshal.c, version 5), shared by the reader and the writer.

export const TYPE = {
  NULL: 0x30, // '0'
  NONE: 0x4e, // 'N'
  FALSE: 0x46, // 'F'
  TRUE: 0x54, // 'T'
  STOPITER: 0x53, // 'S'
  ELLIPSIS: 0x2e, // '.'
  INT: 0x69, // 'i'
  INT64: 0x49, // 'I' (read only)
  FLOAT: 0x66, // 'f' (read only)
  BINARY_FLOAT: 0x67, // 'g'
  COMPLEX: 0x78, // 'x' (read only)
  BINARY_COMPLEX: 0x79, // 'y'
  LONG: 0x6c, // 'l'
  STRING: 0x73, // 's': bytes
  INTERNED: 0x74, // 't'
  REF: 0x72, // 'r'
  TUPLE: 0x28, // '('
  LIST: 0x5b, // '['
  DICT: 0x7b, // '{'
  CODE: 0x63, // 'c'
  UNICODE: 0x75, // 'u'
  UNKNOWN: 0x3f, // '?'
  SET: 0x3c, // '<'
  FROZENSET: 0x3e, // '>'
  ASCII: 0x61, // 'a'
  ASCII_INTERNED: 0x41, // 'A'
  SMALL_TUPLE: 0x29, // ')'
  SHORT_ASCII: 0x7a, // 'z'
  SHORT_ASCII_INTERNED: 0x5a, // 'Z'
  SLICE: 0x3a, // ':'
} as const;

export const FLAG_REF = 0x80;
/** marshal.version. */
export const MARSHAL_VERSION = 5;
/** Nesting beyond this raises ValueError, as CPython's MAX_MARSHAL_STACK_DEPTH. */
export const MAX_DEPTH = 2000;
/** Python ints are written as 15-bit digits. */
export const PYLONG_SHIFT = 15n;
