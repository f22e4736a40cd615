// The unit's constant list as the flow graph sees it: lookup by index, add-if-missing by constant key.
import type { PyConstant } from "@ophis/bytecode";
import { constKey } from "../codegen/instr.js";

export class ConstTable {
  private readonly index = new Map<string, number>();
  constructor(readonly list: PyConstant[]) {
    list.forEach((v, i) => {
      const k = constKey(v);
      if (!this.index.has(k)) this.index.set(k, i);
    });
  }
  get(i: number): PyConstant {
    return this.list[i];
  }
  add(v: PyConstant): number {
    const k = constKey(v);
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(v);
      this.index.set(k, i);
    }
    return i;
  }
}
