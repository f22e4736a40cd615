# More than fifteen exceptions in a group: the rest are summarised.
raise ExceptionGroup("many", [ValueError(i) for i in range(18)])
