import sys
def hook(t, v, tb):
    1/0
sys.excepthook = hook
raise ValueError("boom")
