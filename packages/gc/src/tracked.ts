// The Tracked protocol: what a container shows the cycle collector (CPython's tp_traverse and tp_clear).

/** A container that can be part of a reference cycle. */
export interface Tracked {
  /** Calls `visit` once for every object this one holds a reference to. */
  traverse(visit: (held: unknown) => void): void;
  /** Drops every reference this object holds (breaks a cycle found unreachable). */
  clear(): void;
}
