import sys
sys.excepthook = None
raise ValueError("boom")
