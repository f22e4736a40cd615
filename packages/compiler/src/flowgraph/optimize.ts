// The flow-graph pipeline of one code unit (_PyCfg_OptimizeCodeUnit and _PyCfg_OptimizedCfgToInstructionSequence).
import { CO } from "@ophis/bytecode";
import type { CompilerUnit } from "../codegen/unit.js";
import { type BasicBlock, blocks, buildCfg } from "./cfg.js";
import {
  inlineSmallOrNoLinenoBlocks,
  removeRedundantNopsAndJumps,
  removeRedundantNopsAndPairs,
  removeUnreachable,
  removeUnusedConsts,
} from "./cleanup.js";
import { ConstTable } from "./consts.js";
import { labelExceptionTargets, markExceptHandlers } from "./exceptions.js";
import {
  calculateStackdepth,
  convertPseudoConditionalJumps,
  convertPseudoOps,
  normalizeJumps,
  pushColdBlocksToEnd,
} from "./layout.js";
import { resolveLineNumbers } from "./lines.js";
import {
  addChecksForUninitializedLocals,
  insertSuperinstructions,
  optimizeLoadFast,
  prepareLocalsplus,
} from "./locals.js";
import { optimizeBasicBlock, optimizeLoadConst } from "./peephole.js";

export interface OptimizedGraph {
  entry: BasicBlock;
  consts: import("@ophis/bytecode").PyConstant[];
  stackdepth: number;
  nlocalsplus: number;
}

export function optimizeCodeUnit(u: CompilerUnit, _optimize: number, codeFlags: number): OptimizedGraph {
  const entry = buildCfg(u.instrs, u.labelsAt);
  markExceptHandlers(entry);
  labelExceptionTargets(entry);
  const table = new ConstTable([...u.consts]);
  inlineSmallOrNoLinenoBlocks(entry);
  removeUnreachable(entry);
  resolveLineNumbers(entry);
  optimizeLoadConst(entry, table);
  for (const b of blocks(entry)) optimizeBasicBlock(b, table);
  removeRedundantNopsAndPairs(entry);
  removeUnreachable(entry);
  removeRedundantNopsAndJumps(entry);
  const consts = removeUnusedConsts(entry, table.list);
  const nparams =
    u.argcount + u.posonlyargcount + u.kwonlyargcount + (u.ste.varargs ? 1 : 0) + (u.ste.varkeywords ? 1 : 0);
  addChecksForUninitializedLocals(entry, u.varnames.size, nparams);
  insertSuperinstructions(entry);
  pushColdBlocksToEnd(entry);
  resolveLineNumbers(entry);

  convertPseudoConditionalJumps(entry);
  const stackdepth = calculateStackdepth(entry);
  const isGenerator = (codeFlags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0;
  const nlocalsplus = prepareLocalsplus(
    entry,
    { varnames: u.varnames.keys(), cellvars: u.cellvars.keys(), freevars: u.freevars.keys() },
    isGenerator,
    u.firstlineno,
  );
  convertPseudoOps(entry);
  normalizeJumps(entry);
  optimizeLoadFast(entry);
  return { entry, consts, stackdepth, nlocalsplus };
}
