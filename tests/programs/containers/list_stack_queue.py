# Lists as stacks and queues: append/pop, insert(0)/pop(0), rotations and in-place reversal.
stack = []
for c in "abc":
    stack.append(c)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
ring = list(range(6))
k = 2
ring = ring[k:] + ring[:k]
print(ring)
ring[:] = ring[-1:] + ring[:-1]
print(ring)
ring.reverse()
print(ring, ring[::-1] == sorted(ring, reverse=True))
matched = []
for ch in "(a[b]{c})":
    if ch in "([{":
        matched.append(ch)
    elif ch in ")]}":
        matched.pop()
print(matched == [], len(matched))
print([x for x in reversed(range(3))], list(reversed([])))
