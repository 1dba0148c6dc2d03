# subscripting too deep into nested data
data = {"users": [{"name": "ann", "age": 30}]}
print(data["users"][0]["name"])
print(data["users"][0]["age"]["years"])
