import tools
print(tools.VERSION, tools.__name__, tools.__package__)
print(hasattr(tools, "__path__"), type(tools.__path__).__name__)
import tools.text
print(tools.text.shout("hi"), tools.text.__name__, tools.text.__package__)
from tools.text import whisper
print(whisper("HEY"))
import tools.numbers as nums
print(nums.double(21), "tools.numbers" in __import__("sys").modules)
print(tools.numbers is nums)
