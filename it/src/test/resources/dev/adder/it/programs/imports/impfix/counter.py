import impfix
impfix.VALUE += 1
print("counter executed, VALUE is now", impfix.VALUE)
