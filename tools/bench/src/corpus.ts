// The stdlib corpus every benchmark reads, and the Python children that must read the same one.
import { fileURLToPath } from "node:url";
import { decodeUtf8, stdlibCorpus, stdlibZipPath } from "@ophis/oracle";
import { startChild } from "./child.js";
import type { Contender, Slot } from "./harness.js";

export interface Corpus {
  sources: string[];
  bytes: number;
}

/** Every stdlib .py file that decodes as UTF-8 (python/stdlib_corpus.py selects the same ones). */
export function loadCorpus(): Corpus {
  const sources: string[] = [];
  let bytes = 0;
  for (const file of stdlibCorpus()) {
    const text = decodeUtf8(file.bytes);
    if (text === null) continue;
    sources.push(text);
    bytes += file.bytes.length;
  }
  return { sources, bytes };
}

/** What a script in python/ greets with. */
export interface PythonGreeting {
  version: string;
  files: number;
  bytes: number;
}

export function pythonScript(name: string): string {
  return fileURLToPath(new URL(`../python/${name}`, import.meta.url));
}

/** python3 as pyenv 3.13.0 unless PYENV_VERSION says otherwise. */
export function pythonCommand(script: string, ...args: string[]) {
  const env = { PYENV_VERSION: process.env.PYENV_VERSION ?? "3.13.0" };
  return { command: "python3", args: [pythonScript(script), stdlibZipPath(), ...args], env };
}

/**
 * Starts a script in python/ as a contender named `cpython <version> <what>`; it is unavailable if
 * it cannot start or read a different corpus from ours.
 */
export async function startPython(what: string, script: string, corpus: Corpus): Promise<Slot> {
  let contender: Contender;
  let greeting: PythonGreeting;
  try {
    ({ contender, greeting } = await startChild<PythonGreeting>("cpython", pythonCommand(script)));
  } catch (error) {
    return { name: `cpython ${what}`, unavailable: (error as Error).message };
  }
  contender.name = `cpython ${greeting.version} ${what}`;
  if (greeting.files !== corpus.sources.length || greeting.bytes !== corpus.bytes) {
    contender.close?.();
    const theirs = `${greeting.files} files, ${greeting.bytes} bytes`;
    const ours = `${corpus.sources.length} files, ${corpus.bytes} bytes`;
    return { name: contender.name, unavailable: `read a different corpus (${theirs}, not ${ours})` };
  }
  return contender;
}
