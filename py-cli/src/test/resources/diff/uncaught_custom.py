class AppError(Exception):
    pass
def check(v):
    if v < 0:
        raise AppError(f"negative: {v}") from ValueError(v)
check(1)
check(-2)
