from app import run
print(run())
from app.core import engine
print(engine.describe())
import app.util.fmt as fmt
print(fmt.wrap("x"))
