# SystemExit with a code ends the program with that status.
import_free = True
print("exiting")
raise SystemExit(3)
