import imptop
import imptop as again

print(imptop.TOP, imptop.twice(21))
print(again is imptop)
print(imptop.__name__)
BASE = __file__.rpartition("/")[0]
print(imptop.__file__.replace(BASE, "<base>"))
print(imptop.__package__ == "", imptop.__spec__.name, imptop.__spec__.parent == "")
print(imptop.__spec__.origin == imptop.__file__, imptop.__spec__.has_location)
print(imptop.__spec__.submodule_search_locations)
print(type(imptop).__name__)
