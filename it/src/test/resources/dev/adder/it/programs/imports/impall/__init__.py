__all__ = ["alpha", "beta", "GREETING"]
GREETING = "hello from impall"
