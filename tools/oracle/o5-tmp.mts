import { Oracle } from "@ophis/oracle";

const o = await Oracle.start();
const [r] = o.run([
  {
    source: `import ast
t = ast.Module([ast.With([ast.withitem(ast.Tuple([ast.Name('a')]))], [ast.Pass()], lineno=1)], [])
s = ast.unparse(t); print(s); print(ast.dump(ast.parse(s)))
t = ast.Module([ast.With([ast.withitem(ast.Tuple([ast.Name('a'), ast.Name('b')]))], [ast.Pass()], lineno=1)], [])
s = ast.unparse(t); print(s); print(ast.dump(ast.parse(s)))
`,
  },
]);
console.log(r.stdout, r.stderr);
