// The REPL's line handling: codeop's complete/incomplete decisions and the loop driven by a scripted input.
import { Interpreter } from "@ophis/vm";
import { describe, expect, it } from "vitest";
import { classify, Repl } from "../src/repl.js";
import { memoryHost } from "./programs-support.js";

describe("classify", () => {
  it.each([
    [["x = 1"], "complete"],
    [[""], "empty"],
    [["# comment"], "empty"],
    [["for i in range(3):"], "incomplete"],
    [["for i in range(3):", "    print(i)"], "incomplete"],
    [["for i in range(3):", "    print(i)", ""], "complete"],
    [["if x: y"], "incomplete"],
    [["f(1,"], "incomplete"],
    [["f(1,", "2)"], "complete"],
    [['s = """abc'], "incomplete"],
    [['s = """abc', 'def"""'], "complete"],
    [["x = 1 \\"], "incomplete"],
    [["1 +"], "error"],
    [["def f(", "  a):"], "incomplete"],
    [["for i in range(3): i"], "incomplete"],
    [["for i in range(3): i", ""], "complete"],
    [["if True:", "  5", ""], "complete"],
  ] as const)("%j is %s", (lines, verdict) => {
    expect(classify(lines)).toBe(verdict);
  });
});

function session(input: string[]) {
  const out = { stdout: "", stderr: "" };
  const interp = new Interpreter({ host: memoryHost(new Map(), "", out) });
  let prompts = "";
  const lines = [...input];
  const repl = new Repl(interp, {
    readLine: (prompt) => {
      prompts += prompt;
      return lines.shift() ?? null;
    },
    writePrompt: (t) => {
      prompts += t;
    },
  });
  const status = repl.run();
  return { ...out, prompts, status };
}

describe("Repl", () => {
  it("shows values through sys.displayhook and sets builtins._", () => {
    const r = session(["x = 6 * 7", "x", "_ + 1", "None", "'text'"]);
    expect(r.stdout).toBe("42\n43\n'text'\n");
    expect(r.prompts).toBe(">>> >>> >>> >>> >>> >>> \n");
    expect(r.status).toBe(0);
  });

  it("reads blocks with ... prompts until a blank line", () => {
    const r = session(["def f(n):", "    return n * 2", "", "f(21)"]);
    expect(r.stdout).toBe("42\n");
    expect(r.prompts).toBe(">>> ... ... >>> >>> \n");
  });

  it("echoes expression statements inside blocks, as 'single' mode compiles them", () => {
    const r = session(["for i in range(3): i", "", "if True:", "  5", "  None", "  'a' * 2", ""]);
    expect(r.stdout).toBe("0\n1\n2\n5\n'aa'\n");
    expect(r.prompts).toBe(">>> ... >>> ... ... ... ... >>> \n");
  });

  it("echoes in else branches and loops but not inside function bodies", () => {
    const r = session(["def f():", "  7", "", "f()", "if 0:", "  1", "else:", "  2", "", "x = 1"]);
    expect(r.stdout).toBe("2\n");
    expect(r.stderr).toBe("");
  });

  it("prints a traceback and carries on", () => {
    const r = session(["1/0", "print('after')"]);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n',
    );
    expect(r.stdout).toBe("after\n");
  });

  it("stops at exit() with its status", () => {
    const r = session(["print('bye')", "exit(3)", "print('never')"]);
    expect(r.stdout).toBe("bye\n");
    expect(r.status).toBe(3);
  });

  it("reports a syntax error with its caret and uses sys.ps1 when a program changes it", () => {
    const r = session(["1 +", "import sys", "sys.ps1 = '$ '", "sys.ps2"]);
    expect(r.stderr).toBe('  File "<stdin>", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n');
    expect(r.stdout).toBe("'... '\n");
    expect(r.prompts).toBe(">>> >>> >>> $ $ \n");
  });
});
