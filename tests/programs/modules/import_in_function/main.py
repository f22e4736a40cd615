def use():
    import tool
    from tool import twice
    return tool.NAME, twice(4)


print(use())
print("tool" in globals())


def later():
    global tool
    import tool
    return tool.NAME


print(later(), "tool" in globals())


class Holder:
    import tool as t

    value = t.twice(10)


print(Holder.value, Holder.t.NAME)
