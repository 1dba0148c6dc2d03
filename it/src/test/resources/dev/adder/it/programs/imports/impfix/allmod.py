__all__ = ["x", "y", "_hidden"]
x = 1
y = 2
z = 3
_hidden = 4
_other = 5
