# a month calendar computed by hand (Zeller's congruence)
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7  # 0 = Monday
def days_in_month(y, m):
    if m == 2:
        return 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28
    return 30 if m in (4, 6, 9, 11) else 31
def month(y, m):
    names = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
    lines = [f"{names[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month(2024, 2))
print(month(2026, 11))
print([day_of_week(2000, 1, 1), day_of_week(1969, 7, 20), day_of_week(2026, 11, 25)])
