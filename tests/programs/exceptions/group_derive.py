# A subclass of ExceptionGroup with derive(): split and subgroup build the parts through it.
class TaskErrors(ExceptionGroup):
    def __new__(cls, message, excs, task_id=0):
        self = super().__new__(cls, message, excs)
        self.task_id = task_id
        return self

    def derive(self, excs):
        return TaskErrors(self.message, excs, self.task_id)

eg = TaskErrors("task failed", [ValueError(1), KeyError(2)], task_id=7)
print(type(eg).__name__, eg.task_id)
match, rest = eg.split(ValueError)
print(type(match).__name__, match.task_id, match.exceptions)
print(type(rest).__name__, rest.task_id, rest.exceptions)
plain = ExceptionGroup("p", [ValueError()]).derive([KeyError()])
print(type(plain).__name__, plain.message, plain.exceptions)
