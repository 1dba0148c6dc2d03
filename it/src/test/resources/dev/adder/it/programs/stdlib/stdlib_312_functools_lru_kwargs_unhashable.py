from functools import lru_cache


@lru_cache(maxsize=None, typed=True)
def render(name, *, options=None):
    return f"{name}:{options}"


print(render("a"), render("a", options=1), render("a", options=True))
print(render.cache_info())
try:
    render("b", options={"x": 1})
except TypeError as e:
    print("caught:", e)
print(render.cache_info())
render("c", options=[1])
