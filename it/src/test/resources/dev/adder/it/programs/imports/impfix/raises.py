print("raises: before")
STATE = "half"
1 / 0
STATE = "done"
