# an uncaught custom exception with extra attributes
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field

def validate(record):
    if "@" not in record.get("email", ""):
        raise ValidationError("email", "missing @")
    return True

print(validate({"email": "a@b"}))
validate({"email": "nobody"})
