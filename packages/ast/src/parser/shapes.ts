// Keeps one object of every shape a parse creates alive for good, so that a full garbage collection leaves the parser optimized.
//
// Why: V8 reaches the maps (hidden classes) that a constructor's field stores lead to only through weak
// transitions, and optimized code holds the maps it was specialised for weakly too. Once no Parser, Tokens,
// Lexer or node of some kind is left (a program that parses files and drops the trees, or the benchmark,
// which collects before each repetition), a full collection frees those maps; every function optimized for
// them is then thrown away (`--trace-deopt`: "marking dependent code ... reason: weak objects"), and the next
// parses run in the interpreter while V8 learns the new maps: on the stdlib, ~800 ms instead of ~460 ms per
// pass after a gc(). The objects of one small parse, held here, keep those maps alive.

/**
 * Source with every node class the parser makes (but Interactive, Expression and FunctionType, made once per
 * parse of their modes): statements, expressions, patterns, type parameters, f- and t-strings, type comments.
 */
export const SHAPES_SOURCE = `# type: ignore
import a, b.c as d
from .e import (f as g)
global h
@dec
def fn[T: int, *Ts, **P](a, /, b: int = 1, *args, c=2, **kw) -> None:  # type: () -> None
    nonlocal n
    return (yield x)
async def co():
    await x
    async for i in y:
        pass
    async with a as b:
        pass
    yield from z
class C(B, metaclass=M):
    pass
type Alias[T] = list[T]
x = y = 1
x += 1
x: int = 1
del x, y[0], z.a
for i in range(3):
    break
else:
    continue
while x:
    pass
if a:
    pass
elif b:
    pass
with open(f) as fh, g:
    pass
match p:
    case 1 | -2:
        pass
    case None:
        pass
    case [a, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0) as pt:
        pass
    case _:
        pass
raise E from e
try:
    pass
except E as e:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
assert a, "m"
lambda a: a if b else c
(a := 1)
a and b or not c
-x + y * z
{1: 2}, {1}, [i for i in x], {i for i in x}, {k: v for k, v in x}, (i for i in x if i)
a < b
f(*a, k=1, **kw)
f"{x!r:>{w}}", t"{x}"
b"b", 1.5, 1j, 10, 100000000000000000000000, ..., True
a.b[1:2, ::3]
[*a], (a, b)
`;

let held: readonly unknown[] | null = null;
let parses = 0;

/**
 * Runs `parseShapes` over SHAPES_SOURCE once, on the second parse, keeping the objects it returns for good. Not
 * on the first: a process that parses once (a command run on one script) would pay for parsing every construct
 * in cold code, and a single parse keeps its own shapes alive while it runs.
 */
export function holdShapes(parseShapes: (source: string) => readonly unknown[]): void {
  if (held !== null || ++parses < 2) return;
  // Set first, so that a parse started by parseShapes (or one that throws) does not start it again.
  held = [];
  held = parseShapes(SHAPES_SOURCE);
}
