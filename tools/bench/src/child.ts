// A contender living in a long-running child process that times its own work, so start-up is excluded.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import type { Contender, Sample } from "./harness.js";

/**
 * The protocol, one JSON object per line: the child first prints its greeting (anything it wants
 * to say about itself and its input), then answers each "run" line on stdin with a Sample, timed
 * inside the child. Closing stdin ends it.
 */
export interface ChildCommand {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export interface StartedChild<Greeting> {
  contender: Contender;
  greeting: Greeting;
}

/** Starts the child and waits for its greeting; rejects with its stderr if it dies first. */
export function startChild<Greeting>(name: string, spec: ChildCommand): Promise<StartedChild<Greeting>> {
  const child = spawn(spec.command, spec.args, {
    env: { ...process.env, ...spec.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let exited: string | undefined;
  const exit = new Promise<never>((_, reject) => {
    const fail = (why: string) => {
      exited = why;
      reject(new Error(`${why}${stderr.trim() ? `: ${stderr.trim().split("\n").at(-1)}` : ""}`));
    };
    child.on("error", (error) => fail(`${spec.command} failed to start (${error.message})`));
    child.on("exit", (code, signal) => fail(`${spec.command} exited (${signal ?? code})`));
  });
  exit.catch(() => {});

  async function nextLine(): Promise<unknown> {
    const next = await Promise.race([lines.next(), exit]);
    if (next.done) return exit;
    return JSON.parse(next.value);
  }

  const contender: Contender = {
    name,
    async measure() {
      if (exited !== undefined) throw new Error(`${name}: ${exited}`);
      child.stdin.write("run\n");
      return (await nextLine()) as Sample;
    },
    close() {
      child.stdin.end();
    },
  };
  return nextLine().then(
    (greeting) => ({ contender, greeting: greeting as Greeting }),
    (error: Error) => {
      child.kill();
      throw error;
    },
  );
}
