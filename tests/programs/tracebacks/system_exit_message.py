# SystemExit with a message prints it to stderr and exits with status 1.
print("shutting down")
raise SystemExit("fatal: configuration missing")
