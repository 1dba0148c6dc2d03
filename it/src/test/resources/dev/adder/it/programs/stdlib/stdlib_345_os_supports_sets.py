# what os derives from posix: supports_* sets, constants, __all__ members
import os

names = ['access', 'chdir', 'chmod', 'link', 'listdir', 'mkdir', 'open', 'readlink', 'rename', 'rmdir',
         'scandir', 'stat', 'symlink', 'truncate', 'unlink', 'utime']
for n in names:
    f = getattr(os, n)
    print(n, f in os.supports_dir_fd, f in os.supports_fd, f in os.supports_follow_symlinks)
print(os.supports_bytes_environ, os.access in os.supports_effective_ids)
for n in ['F_OK', 'R_OK', 'W_OK', 'X_OK', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_APPEND', 'O_CREAT', 'O_EXCL',
          'O_TRUNC', 'O_CLOEXEC', 'O_NOFOLLOW', 'O_DIRECTORY', 'O_NONBLOCK', 'O_SYNC', 'O_DSYNC', 'O_NOCTTY',
          'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'EX_OK', 'EX_USAGE', 'EX_SOFTWARE', 'TMP_MAX', 'WNOHANG']:
    print(n, getattr(os, n))
for n in ['stat', 'lstat', 'fstat', 'getcwd', 'listdir', 'scandir', 'mkdir', 'makedirs', 'walk', 'fwalk',
          'environ', 'stat_result', 'terminal_size', 'DirEntry', 'PathLike', 'fspath', 'urandom', 'strerror',
          'getpid', 'umask', 'error', 'replace', 'get_terminal_size', 'cpu_count', 'uname']:
    print(n, n in os.__all__ or n in ('DirEntry',), hasattr(os, n))
print(os.path is os.path, os.path.__name__, 'posix' in __import__('sys').builtin_module_names)
print(type(os.stat).__name__, os.stat.__name__)
print(os.stat_result is __import__('posix').stat_result, os.error is OSError)
