package dev.adder.runtime.exceptions;

import dev.adder.runtime.PyType;

/**
 * The builtin exception types of Python 3.11, with CPython's names and bases.
 *
 * <p>CPython: {@code Objects/exceptions.c} ({@code PyExc_BaseException}...). The table was written
 * from {@code python3}'s builtins module (each class's {@code __bases__}); a test compares it with
 * python3. Instances of all of them are {@link PyBaseException} objects.
 */
public final class PyExc {
    private PyExc() {
    }

    /** {@code BaseException}. */
    public static final PyType BaseException = PyType.builtin("BaseException", PyBaseException.class, PyType.BASETYPE | PyType.BASE_EXC_SUBCLASS);
    /** {@code Exception}. */
    public static final PyType Exception = make("Exception", BaseException);
    /** {@code ArithmeticError}. */
    public static final PyType ArithmeticError = make("ArithmeticError", Exception);
    /** {@code AssertionError}. */
    public static final PyType AssertionError = make("AssertionError", Exception);
    /** {@code AttributeError}. */
    public static final PyType AttributeError = make("AttributeError", Exception);
    /** {@code BaseExceptionGroup}. */
    public static final PyType BaseExceptionGroup = make("BaseExceptionGroup", BaseException);
    /** {@code OSError}. */
    public static final PyType OSError = make("OSError", Exception);
    /** {@code BlockingIOError}. */
    public static final PyType BlockingIOError = make("BlockingIOError", OSError);
    /** {@code ConnectionError}. */
    public static final PyType ConnectionError = make("ConnectionError", OSError);
    /** {@code BrokenPipeError}. */
    public static final PyType BrokenPipeError = make("BrokenPipeError", ConnectionError);
    /** {@code BufferError}. */
    public static final PyType BufferError = make("BufferError", Exception);
    /** {@code Warning}. */
    public static final PyType Warning = make("Warning", Exception);
    /** {@code BytesWarning}. */
    public static final PyType BytesWarning = make("BytesWarning", Warning);
    /** {@code ChildProcessError}. */
    public static final PyType ChildProcessError = make("ChildProcessError", OSError);
    /** {@code ConnectionAbortedError}. */
    public static final PyType ConnectionAbortedError = make("ConnectionAbortedError", ConnectionError);
    /** {@code ConnectionRefusedError}. */
    public static final PyType ConnectionRefusedError = make("ConnectionRefusedError", ConnectionError);
    /** {@code ConnectionResetError}. */
    public static final PyType ConnectionResetError = make("ConnectionResetError", ConnectionError);
    /** {@code DeprecationWarning}. */
    public static final PyType DeprecationWarning = make("DeprecationWarning", Warning);
    /** {@code EOFError}. */
    public static final PyType EOFError = make("EOFError", Exception);
    /** {@code EncodingWarning}. */
    public static final PyType EncodingWarning = make("EncodingWarning", Warning);
    /** {@code ExceptionGroup}. */
    public static final PyType ExceptionGroup = make("ExceptionGroup", BaseExceptionGroup, Exception);
    /** {@code FileExistsError}. */
    public static final PyType FileExistsError = make("FileExistsError", OSError);
    /** {@code FileNotFoundError}. */
    public static final PyType FileNotFoundError = make("FileNotFoundError", OSError);
    /** {@code FloatingPointError}. */
    public static final PyType FloatingPointError = make("FloatingPointError", ArithmeticError);
    /** {@code FutureWarning}. */
    public static final PyType FutureWarning = make("FutureWarning", Warning);
    /** {@code GeneratorExit}. */
    public static final PyType GeneratorExit = make("GeneratorExit", BaseException);
    /** {@code ImportError}. */
    public static final PyType ImportError = make("ImportError", Exception);
    /** {@code ImportWarning}. */
    public static final PyType ImportWarning = make("ImportWarning", Warning);
    /** {@code SyntaxError}. */
    public static final PyType SyntaxError = make("SyntaxError", Exception);
    /** {@code IndentationError}. */
    public static final PyType IndentationError = make("IndentationError", SyntaxError);
    /** {@code LookupError}. */
    public static final PyType LookupError = make("LookupError", Exception);
    /** {@code IndexError}. */
    public static final PyType IndexError = make("IndexError", LookupError);
    /** {@code InterruptedError}. */
    public static final PyType InterruptedError = make("InterruptedError", OSError);
    /** {@code IsADirectoryError}. */
    public static final PyType IsADirectoryError = make("IsADirectoryError", OSError);
    /** {@code KeyError}. */
    public static final PyType KeyError = make("KeyError", LookupError);
    /** {@code KeyboardInterrupt}. */
    public static final PyType KeyboardInterrupt = make("KeyboardInterrupt", BaseException);
    /** {@code MemoryError}. */
    public static final PyType MemoryError = make("MemoryError", Exception);
    /** {@code ModuleNotFoundError}. */
    public static final PyType ModuleNotFoundError = make("ModuleNotFoundError", ImportError);
    /** {@code NameError}. */
    public static final PyType NameError = make("NameError", Exception);
    /** {@code NotADirectoryError}. */
    public static final PyType NotADirectoryError = make("NotADirectoryError", OSError);
    /** {@code RuntimeError}. */
    public static final PyType RuntimeError = make("RuntimeError", Exception);
    /** {@code NotImplementedError}. */
    public static final PyType NotImplementedError = make("NotImplementedError", RuntimeError);
    /** {@code OverflowError}. */
    public static final PyType OverflowError = make("OverflowError", ArithmeticError);
    /** {@code PendingDeprecationWarning}. */
    public static final PyType PendingDeprecationWarning = make("PendingDeprecationWarning", Warning);
    /** {@code PermissionError}. */
    public static final PyType PermissionError = make("PermissionError", OSError);
    /** {@code ProcessLookupError}. */
    public static final PyType ProcessLookupError = make("ProcessLookupError", OSError);
    /** {@code RecursionError}. */
    public static final PyType RecursionError = make("RecursionError", RuntimeError);
    /** {@code ReferenceError}. */
    public static final PyType ReferenceError = make("ReferenceError", Exception);
    /** {@code ResourceWarning}. */
    public static final PyType ResourceWarning = make("ResourceWarning", Warning);
    /** {@code RuntimeWarning}. */
    public static final PyType RuntimeWarning = make("RuntimeWarning", Warning);
    /** {@code StopAsyncIteration}. */
    public static final PyType StopAsyncIteration = make("StopAsyncIteration", Exception);
    /** {@code StopIteration}. */
    public static final PyType StopIteration = make("StopIteration", Exception);
    /** {@code SyntaxWarning}. */
    public static final PyType SyntaxWarning = make("SyntaxWarning", Warning);
    /** {@code SystemError}. */
    public static final PyType SystemError = make("SystemError", Exception);
    /** {@code SystemExit}. */
    public static final PyType SystemExit = make("SystemExit", BaseException);
    /** {@code TabError}. */
    public static final PyType TabError = make("TabError", IndentationError);
    /** {@code TimeoutError}. */
    public static final PyType TimeoutError = make("TimeoutError", OSError);
    /** {@code TypeError}. */
    public static final PyType TypeError = make("TypeError", Exception);
    /** {@code UnboundLocalError}. */
    public static final PyType UnboundLocalError = make("UnboundLocalError", NameError);
    /** {@code ValueError}. */
    public static final PyType ValueError = make("ValueError", Exception);
    /** {@code UnicodeError}. */
    public static final PyType UnicodeError = make("UnicodeError", ValueError);
    /** {@code UnicodeDecodeError}. */
    public static final PyType UnicodeDecodeError = make("UnicodeDecodeError", UnicodeError);
    /** {@code UnicodeEncodeError}. */
    public static final PyType UnicodeEncodeError = make("UnicodeEncodeError", UnicodeError);
    /** {@code UnicodeTranslateError}. */
    public static final PyType UnicodeTranslateError = make("UnicodeTranslateError", UnicodeError);
    /** {@code UnicodeWarning}. */
    public static final PyType UnicodeWarning = make("UnicodeWarning", Warning);
    /** {@code UserWarning}. */
    public static final PyType UserWarning = make("UserWarning", Warning);
    /** {@code ZeroDivisionError}. */
    public static final PyType ZeroDivisionError = make("ZeroDivisionError", ArithmeticError);
    /** {@code EnvironmentError}, an alias of {@code OSError}. */
    public static final PyType EnvironmentError = OSError;
    /** {@code IOError}, an alias of {@code OSError}. */
    public static final PyType IOError = OSError;

    /** Every builtin exception type, bases before subclasses. */
    public static final PyType[] ALL = {
        BaseException,
        Exception,
        ArithmeticError,
        AssertionError,
        AttributeError,
        BaseExceptionGroup,
        OSError,
        BlockingIOError,
        ConnectionError,
        BrokenPipeError,
        BufferError,
        Warning,
        BytesWarning,
        ChildProcessError,
        ConnectionAbortedError,
        ConnectionRefusedError,
        ConnectionResetError,
        DeprecationWarning,
        EOFError,
        EncodingWarning,
        ExceptionGroup,
        FileExistsError,
        FileNotFoundError,
        FloatingPointError,
        FutureWarning,
        GeneratorExit,
        ImportError,
        ImportWarning,
        SyntaxError,
        IndentationError,
        LookupError,
        IndexError,
        InterruptedError,
        IsADirectoryError,
        KeyError,
        KeyboardInterrupt,
        MemoryError,
        ModuleNotFoundError,
        NameError,
        NotADirectoryError,
        RuntimeError,
        NotImplementedError,
        OverflowError,
        PendingDeprecationWarning,
        PermissionError,
        ProcessLookupError,
        RecursionError,
        ReferenceError,
        ResourceWarning,
        RuntimeWarning,
        StopAsyncIteration,
        StopIteration,
        SyntaxWarning,
        SystemError,
        SystemExit,
        TabError,
        TimeoutError,
        TypeError,
        UnboundLocalError,
        ValueError,
        UnicodeError,
        UnicodeDecodeError,
        UnicodeEncodeError,
        UnicodeTranslateError,
        UnicodeWarning,
        UserWarning,
        ZeroDivisionError
    };

    static {
        PyBaseException.initType(BaseException);
        ExcInit.install();
        for (PyType t : ALL) {
            t.ready();
        }
    }

    private static PyType make(String name, PyType... bases) {
        return PyType.builtin(name, PyBaseException.class, PyType.BASETYPE, bases);
    }
}
