// Keeps one interpreter that has run a small program of every common kind alive for good, so that a full garbage
// collection leaves the eval loop and the object model optimized.
//
// Why: optimized code holds the maps (hidden classes) it was specialised for weakly, and V8 reaches the maps of
// frames, functions, dicts, generators, exceptions and the rest only through weak transitions. When a program ends
// and no object of a shape is left (an embedder running programs one after another, or the benchmark, which
// collects before each repetition), a full collection frees those maps and throws away every function optimized
// for them (`--trace-deopt`: "marking dependent code ... reason: weak objects"): `run`, the frame constructor,
// the call path. The next program then starts in the interpreter again (calls.py: ~500 ms instead of ~240 ms).
// The held interpreter's module keeps objects of each shape, frames among them (a suspended generator's, and a
// caught exception's traceback). A process that makes one interpreter (the command line) never collects between
// programs, so the program is run when a second interpreter is made.

/** Python source whose results (kept in its module's globals) include an object of every common shape. */
export const SHAPES_SOURCE = `
import sys
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def options(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)
def gen(n):
    for i in range(n):
        if i % 2:
            yield i * 2
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
class Error(ValueError):
    pass
def fail(i):
    if i % 2 == 0:
        raise Error(i)
    return i
def counter():
    n = 0
    def inc(k):
        nonlocal n
        n += k
        return n
    return inc
class Manager:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
total = fib(6) + options(1) + options(1, 2, 3, c=4, d=5)
suspended = gen(10)
next(suspended)
finished = gen(3)
total += sum(finished) + sum(x * x for x in range(5))
point = Point(1, 2).moved(1, -1)
total += point.norm1
method = point.moved
inc = counter()
total += inc(1) + sum(map(lambda v: v * 2 + 1, range(5))) + max([1, 3, 2], key=lambda v: -v)
caught = []
for i in range(4):
    try:
        total += fail(i)
    except Error as e:
        caught.append(e)
try:
    try:
        fail(0)
    finally:
        total += 1
except ValueError as e:
    caught.append(e)
with Manager() as m:
    total += 1
counts = {}
for i in range(20):
    counts[i % 7] = counts.get(i % 7, 0) + 1
names = {f"k{i}": i for i in range(5)}
for k, v in names.items():
    total += v
data = [(i * 7919) % 10007 for i in range(20)]
data.sort()
evens = sorted([x for x in data if x % 2 == 0], reverse=True)[:2]
pair = (data[:3], data[1], data[-1])
seen = {1, 2, 3} | {4}
text = ",".join(f"item-{i}".upper().replace("ITEM", "x") for i in range(5))
x = 0.5 * 1.0000001 + 0.25
big = 3 ** 200 + 2 ** 70 // 7
`;

let held: unknown = null;
let interpreters = 0;

/**
 * Called as each interpreter is made: at the second, runs `runShapes` (which should run SHAPES_SOURCE in a fresh
 * interpreter) and keeps what it returns for good.
 */
export function holdShapes(runShapes: () => unknown): void {
  if (held !== null || ++interpreters < 2) return;
  // Set first, so that the interpreter runShapes makes does not start another.
  held = true;
  held = runShapes();
}
