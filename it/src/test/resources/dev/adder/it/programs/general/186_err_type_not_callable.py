# calling a non-callable
handlers = {"a": print, "b": 42}
handlers["a"]("calling a")
try:
    text = "text"
    text()
except TypeError as e:
    print(e)
handlers["b"]("calling b")
