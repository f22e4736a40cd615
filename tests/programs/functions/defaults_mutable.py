# Default values are evaluated once: the mutable default trap, and the None idiom.
def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1), append_safe(2))
print(append_to.__defaults__, append_safe.__defaults__)
