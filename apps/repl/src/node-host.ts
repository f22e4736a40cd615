// The Node host: standard streams written synchronously (so stdout and stderr interleave as written), files, clocks.
import { mkdirSync, readFileSync, readSync, statSync, writeFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { Host } from "@ophis/vm";

/** Reads standard input a line at a time, synchronously, as Python's input() needs. */
class LineReader {
  private buffer = "";
  private done = false;
  private readonly decoder = new TextDecoder();

  readLine(): string | null {
    for (;;) {
      const nl = this.buffer.indexOf("\n");
      if (nl >= 0) {
        const line = this.buffer.slice(0, nl + 1);
        this.buffer = this.buffer.slice(nl + 1);
        return line;
      }
      if (this.done) {
        if (!this.buffer) return null;
        const rest = this.buffer;
        this.buffer = "";
        return rest;
      }
      const chunk = Buffer.alloc(65536);
      let n = 0;
      try {
        n = readSync(0, chunk, 0, chunk.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code !== "EOF") throw e;
      }
      if (n === 0) this.done = true;
      else this.buffer += this.decoder.decode(chunk.subarray(0, n), { stream: true });
    }
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EAGAIN") throw e;
    }
  }
}

export function nodeHost(): Host {
  const reader = new LineReader();
  return {
    stdout: (text) => writeAll(1, text),
    stderr: (text) => writeAll(2, text),
    readLine: () => reader.readLine(),
    readFile: (path) => {
      try {
        return readFileSync(path);
      } catch {
        return null;
      }
    },
    stat: (path) => {
      try {
        const s = statSync(path);
        return { isDirectory: s.isDirectory(), mtime: Math.floor(s.mtimeMs / 1000), size: s.size };
      } catch {
        return null;
      }
    },
    writeFile: (path, data) => {
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, data);
        return true;
      } catch {
        return false;
      }
    },
    cwd: () => process.cwd(),
    // Atomics.wait blocks the main thread synchronously in Node, as time.sleep must.
    sleep: (seconds) => {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
    },
    cpuTime: () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1e6;
    },
  };
}
