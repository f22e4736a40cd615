// The token numbers, names and exact operator types are CPython 3.14's `token` module.
import { Oracle } from "@ophis/oracle";
import { EXACT_TOKEN_TYPES, tok, tokName } from "@ophis/tokenizer";
import { expect, it } from "vitest";

it("matches token.tok_name, the token constants and token.EXACT_TOKEN_TYPES", async () => {
  const oracle = await Oracle.start();
  const [answer] = oracle.run([
    {
      source: [
        "import json, token",
        "names = {n: getattr(token, n) for n in dir(token) if n.isupper() and isinstance(getattr(token, n), int)}",
        "print(json.dumps({'tok_name': token.tok_name, 'names': names, 'exact': token.EXACT_TOKEN_TYPES}))",
      ].join("\n"),
    },
  ]);
  expect(answer.stderr).toBe("");
  const cpython = JSON.parse(answer.stdout) as {
    tok_name: Record<string, string>;
    names: Record<string, number>;
    exact: Record<string, number>;
  };
  expect({ ...tokName }).toEqual(cpython.tok_name);
  expect({ ...tok }).toEqual(cpython.names);
  expect(Object.fromEntries(EXACT_TOKEN_TYPES)).toEqual(cpython.exact);
});
