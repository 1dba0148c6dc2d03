import impfix.noall
print(impfix.noall.missing_name)
