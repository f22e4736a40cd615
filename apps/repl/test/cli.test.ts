// The built `ophis` command run as a process: script, -c, -m, standard input, -i, options and exit statuses.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const BIN = new URL("../bin/ophis.js", import.meta.url).pathname;
let dir = "";

function ophis(args: string[], input = "") {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ophis-cli-"));
  writeFileSync(join(dir, "show.py"), "import sys\nprint(__name__, sys.argv[1:])\n");
  writeFileSync(join(dir, "helper.py"), "VALUE = 'helper'\n");
  writeFileSync(join(dir, "uses.py"), "import helper\nprint(helper.VALUE)\n");
  writeFileSync(
    join(dir, "tool.py"),
    "import sys\nprint('tool', __name__, sys.argv[0].endswith('tool.py'), sys.argv[1:])\n",
  );
  mkdirSync(join(dir, "app"));
  writeFileSync(join(dir, "app", "__init__.py"), "");
  writeFileSync(join(dir, "app", "__main__.py"), "print('app main', __name__, __package__)\n");
  mkdirSync(join(dir, "bundle"));
  writeFileSync(join(dir, "bundle", "__main__.py"), "import sys\nprint('bundle', __name__, sys.argv[1:])\n");
  writeFileSync(join(dir, "fail.py"), "def f():\n    raise ValueError('bad')\nf()\n");
  writeFileSync(join(dir, "code.py"), "import sys\nsys.exit(int(sys.argv[1]))\n");
  writeFileSync(join(dir, "warned.py"), "x = 1\nprint(x is 1)\n");
});

describe("ophis command", { timeout: 30_000 }, () => {
  it("runs a file with its arguments", () => {
    expect(ophis(["show.py", "a", "b"])).toEqual({ stdout: "__main__ ['a', 'b']\n", stderr: "", status: 0 });
  });

  it("reports -X and -W values in sys._xoptions and sys.warnoptions, as CPython", () => {
    const r = ophis([
      "-X",
      "tag",
      "-Xa=b",
      "-W",
      "error",
      "-c",
      "import sys; print(sys._xoptions, sys.warnoptions)",
    ]);
    expect(r).toEqual({ stdout: "{'tag': True, 'a': 'b'} ['error']\n", stderr: "", status: 0 });
  });

  it("filters compile-time warnings with -W as CPython: shown, ignored, or raised as SyntaxError", () => {
    // CPython names __main__'s file by its absolute path (argv[0] stays as given).
    const file = join(dir, "warned.py");
    const warned = `${file}:2: SyntaxWarning: "is" with 'int' literal. Did you mean "=="?\n  print(x is 1)\n`;
    expect(ophis(["warned.py"])).toEqual({ stdout: "True\n", stderr: warned, status: 0 });
    expect(ophis(["-W", "ignore", "warned.py"])).toEqual({ stdout: "True\n", stderr: "", status: 0 });
    const raised = ophis(["-W", "error", "warned.py"]);
    expect(raised.status).toBe(1);
    expect(raised.stderr).toBe(
      `  File "${file}", line 2\n    print(x is 1)\n          ^^^^^^\nSyntaxError: "is" with 'int' literal. Did you mean "=="?\n`,
    );
    expect(ophis(["-W", "bogus", "-c", "pass"]).stderr).toBe(
      "Invalid -W option ignored: invalid action: 'bogus'\n",
    );
  });

  it("runs a directory's __main__.py", () => {
    expect(ophis(["bundle", "z"]).stdout).toBe("bundle __main__ ['z']\n");
    mkdirSync(join(dir, "empty"), { recursive: true });
    expect(ophis(["empty"])).toEqual({
      stdout: "",
      stderr: `ophis: can't find '__main__' module in '${join(dir, "empty")}'\n`,
      status: 1,
    });
  });

  it("imports from the script's directory and caches bytecode unless -B", () => {
    expect(ophis(["-B", "uses.py"]).stdout).toBe("helper\n");
    expect(existsSync(join(dir, "__pycache__"))).toBe(false);
    expect(ophis(["uses.py"]).stdout).toBe("helper\n");
    expect(existsSync(join(dir, "__pycache__", "helper.ophis-314.pyc"))).toBe(true);
  });

  it("runs -c with sys.argv ['-c', ...] and '' first on sys.path", () => {
    const r = ophis(["-c", "import sys; print(sys.argv, sys.path[0] == '')", "x", "-y"]);
    expect(r).toEqual({ stdout: "['-c', 'x', '-y'] True\n", stderr: "", status: 0 });
  });

  it("runs -m for a module and for a package's __main__", () => {
    expect(ophis(["-m", "tool", "1"]).stdout).toBe("tool __main__ True ['1']\n");
    expect(ophis(["-m", "app"]).stdout).toBe("app main __main__ app\n");
    expect(ophis(["-m", "nothere"])).toEqual({
      stdout: "",
      stderr: "ophis: No module named nothere\n",
      status: 1,
    });
  });

  it("reads the program from standard input, with - or by default", () => {
    expect(ophis(["-", "q"], "import sys\nprint(sys.argv)\n").stdout).toBe("['-', 'q']\n");
    expect(ophis([], "print(__name__)\n").stdout).toBe("__main__\n");
  });

  it("gives CPython's exit statuses", () => {
    expect(ophis(["code.py", "7"]).status).toBe(7);
    const failed = ophis(["fail.py"]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toMatch(/ValueError: bad\n$/);
    expect(ophis(["missing.py"])).toEqual({
      stdout: "",
      stderr: `ophis: can't open file '${join(dir, "missing.py")}': [Errno 2] No such file or directory\n`,
      status: 2,
    });
  });

  it("rejects bad usage with status 2", () => {
    const unknown = ophis(["-z"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      "Unknown option: -z\nusage: ophis [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ophis -h' for more information.\n",
    );
    expect(ophis(["-c"]).stderr).toMatch(/^Argument expected for the -c option\n/);
    expect(ophis(["-m"]).status).toBe(2);
  });

  it("accepts -u, -X options and combined flags", () => {
    expect(ophis(["-u", "-X", "dev", "-Xutf8", "-uB", "show.py"]).stdout).toBe("__main__ []\n");
    expect(ophis(["-V"]).stdout).toBe("Python 3.14.2\n");
  });

  it("-i runs the program then reads statements, prompting on stderr", () => {
    const r = ophis(["-q", "-i", "-c", "x = 20"], "x + 1\nfor i in range(2):\n    print(i)\n\n");
    expect(r.stdout).toBe("21\n0\n1\n");
    expect(r.stderr).toBe(">>> >>> ... ... >>> \n");
    expect(r.status).toBe(0);
  });
});
