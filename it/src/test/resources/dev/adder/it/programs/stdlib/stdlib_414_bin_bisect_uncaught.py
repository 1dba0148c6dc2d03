# bisect: a comparison error escapes from insort, uncaught
import bisect

scores = [10, 20, 30]
bisect.insort(scores, 25)
print(scores)
bisect.insort(scores, 'forty')
