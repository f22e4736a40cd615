import config
import worker
print(worker.compute())
config.FACTOR = 10
print(worker.compute())
worker.set_factor(3)
print(config.FACTOR, worker.compute())
print(worker.compute.__globals__ is vars(worker))
print(worker.compute.__module__)
