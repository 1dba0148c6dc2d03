# a binary search tree with traversal generators
class BST:
    def __init__(self):
        self.root = None
    class _N:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def insert(self, k):
        if self.root is None:
            self.root = self._N(k)
            return
        n = self.root
        while True:
            if k < n.k:
                if n.l is None:
                    n.l = self._N(k)
                    return
                n = n.l
            else:
                if n.r is None:
                    n.r = self._N(k)
                    return
                n = n.r
    def inorder(self, n="start"):
        if n == "start":
            n = self.root
        if n:
            yield from self.inorder(n.l)
            yield n.k
            yield from self.inorder(n.r)
    def height(self, n="start"):
        if n == "start":
            n = self.root
        return 0 if n is None else 1 + max(self.height(n.l), self.height(n.r))
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.l if k < n.k else n.r
        return False

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t.inorder()), t.height(), 45 in t, 55 in t)
