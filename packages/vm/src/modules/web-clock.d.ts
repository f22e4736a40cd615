// The High Resolution Time API, present in Node and browsers alike (the VM's lib has no DOM types).
declare const performance: { now(): number; readonly timeOrigin: number };
