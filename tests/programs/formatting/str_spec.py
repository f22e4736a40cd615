# The format spec of str: fill, alignment (left by default), width, precision truncation, 's'.
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", "-<6", ".2", "10.3", ">10.3s", "^.1", "03", "0<5", "😀^7", "1"]:
    print(repr(spec), repr(format("hello", spec)), repr(format("", spec)), repr(format("😀é", spec)))
print(f"[{'x':>4}]", f"[{'abc':.{2}}]", "[{:^{w}.{p}}]".format("abcdef", w=8, p=3))
