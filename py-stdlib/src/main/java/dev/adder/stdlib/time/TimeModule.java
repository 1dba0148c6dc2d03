package dev.adder.stdlib.time;

import dev.adder.runtime.Abstract;
import dev.adder.runtime.PyErr;
import dev.adder.runtime.PyObject;
import dev.adder.runtime.exceptions.PyExc;
import dev.adder.runtime.objects.BuiltinArgs;
import dev.adder.runtime.objects.PyBool;
import dev.adder.runtime.objects.PyBuiltinFunction;
import dev.adder.runtime.objects.PyFloat;
import dev.adder.runtime.objects.PyInt;
import dev.adder.runtime.objects.PyNone;
import dev.adder.runtime.objects.PyStr;
import dev.adder.runtime.objects.PyTuple;
import dev.adder.vm.BuiltinModule;
import dev.adder.vm.Import;
import dev.adder.vm.InterpreterState;
import dev.adder.vm.PyModule;
import dev.adder.vm.Signals;
import dev.adder.vm.ThreadState;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The {@code time} module: clocks, {@code sleep} (interrupted by Ctrl-C), conversions between
 * timestamps and {@link StructTime} in UTC and in the local zone (computed with the proleptic
 * Gregorian calendar, as glibc does), {@code strftime} with glibc's C-locale directives,
 * {@code strptime} (delegated to {@code _strptime}, as CPython does) and the zone constants.
 *
 * <p>CPython: {@code Modules/timemodule.c}, {@code Python/pytime.c}.
 */
public final class TimeModule implements BuiltinModule {
    static final String[] WDAY = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static final String[] WDAY_FULL = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday"};
    static final String[] MON = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static final String[] MON_FULL = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    @Override
    public String name() {
        return "time";
    }

    // ---- clocks ----

    static long timeNs() {
        Instant i = Instant.now();
        return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    }

    static long processNs() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L);
    }

    static long threadNs() {
        ThreadMXBean b = ManagementFactory.getThreadMXBean();
        return b.isCurrentThreadCpuTimeSupported() ? b.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static long clockNs(long id) {
        switch ((int) id) {
            case 0:
            case 11:
                return timeNs();
            case 1:
            case 4:
            case 7:
                return System.nanoTime();
            case 2:
                return processNs();
            case 3:
                return threadNs();
            default:
                throw PyErr.of(PyExc.OSError, PyInt.of(22), PyStr.of("Invalid argument"));
        }
    }

    // ---- argument conversion ----

    /** {@code _PyTime_ObjectToTime_t} with rounding towards minus infinity. */
    static long toTimeT(PyObject o) {
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            d = Math.floor(d);
            if (!(d >= -9.223372036854775808e18 && d < 9.223372036854775808e18)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt v = Abstract.index(o);
        if (!v.isSmall()) {
            BigInteger b = v.bigValue();
            if (b.bitLength() > 63) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return b.longValue();
        }
        return v.value;
    }

    /** Seconds as a double for sleep: float or integer. */
    static double toSeconds(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) {
                throw PyErr.valueError("Invalid value NaN (not a number)");
            }
            if (!(Math.abs(f.value) * 1e9 < 9.223372036854775807e18)) {
                throw PyErr.overflowError("timestamp out of range for platform time_t");
            }
            return f.value;
        }
        PyInt v = Abstract.index(o);
        if (!v.isSmall() || Math.abs(v.value) > Long.MAX_VALUE / 1_000_000_000L) {
            throw PyErr.overflowError("timestamp too large to convert to C _PyTime_t");
        }
        return v.value;
    }

    // ---- calendar ----

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
    static long daysFromCivil(long y, long m, long d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    static boolean isLeap(long y) {
        return (y % 4 == 0) && (y % 100 != 0 || y % 400 == 0);
    }

    /**
     * Broken-down time of {@code t} seconds: year, month (1-12), mday, hour, min, sec, wday
     * (Monday 0), yday (1-366), isdst.
     */
    static long[] breakDown(long t, int isdst) {
        long days = Math.floorDiv(t, 86400L);
        long rem = t - days * 86400L;
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp + (mp < 10 ? 3 : -9);
        if (m <= 2) {
            y++;
        }
        if (y - 1900 > Integer.MAX_VALUE || y - 1900 < Integer.MIN_VALUE) {
            throw PyErr.of(PyExc.OSError, PyInt.of(75), PyStr.of("Value too large for defined data type"));
        }
        long wday = Math.floorMod(days + 3, 7L);
        long yday = days - daysFromCivil(y, 1, 1) + 1;
        return new long[] {y, m, d, rem / 3600, (rem / 60) % 60, rem % 60, wday, yday, isdst};
    }

    static ZoneRules rules() {
        return ZoneId.systemDefault().getRules();
    }

    static StructTime gmtime(long t) {
        return StructTime.of(breakDown(t, 0), "GMT", 0);
    }

    static StructTime localtime(long t) {
        ZoneRules r = rules();
        Instant i;
        int off;
        boolean dst;
        try {
            i = Instant.ofEpochSecond(t);
            off = r.getOffset(i).getTotalSeconds();
            dst = r.isDaylightSavings(i);
        } catch (java.time.DateTimeException e) {
            off = r.getOffset(Instant.EPOCH).getTotalSeconds();
            dst = false;
            i = null;
        }
        long lt;
        try {
            lt = Math.addExact(t, off);
        } catch (ArithmeticException e) {
            throw PyErr.of(PyExc.OSError, PyInt.of(75), PyStr.of("Value too large for defined data type"));
        }
        return StructTime.of(breakDown(lt, dst ? 1 : 0), zoneName(dst, off), off);
    }

    static String zoneName(boolean dst, int off) {
        String a = Abbrevs.get(off, dst);
        if (a != null) {
            return a;
        }
        return TimeZone.getDefault().getDisplayName(dst, TimeZone.SHORT, Locale.US);
    }

    /** A {@code struct tm} from a tuple ({@code gettmarg}): C conventions (year-1900, month 0-11, wday Sunday 0, yday 0-365). */
    static final class Tm {
        long year;
        int mon;
        int mday;
        int hour;
        int min;
        int sec;
        int wday;
        int yday;
        int isdst;
        String zone;
        long gmtoff;
    }

    static int cint(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        PyInt v = Abstract.index(o);
        if (!v.isSmall() || v.value > Integer.MAX_VALUE) {
            throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (v.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("signed integer is less than minimum");
        }
        return (int) v.value;
    }

    static Tm gettmarg(PyObject args, String fname) {
        if (!(args instanceof PyTuple tu)) {
            throw PyErr.typeError("Tuple or struct_time argument required");
        }
        if (tu.size() != 9) {
            throw PyErr.typeError("%s(): illegal time tuple argument", fname);
        }
        Tm p = new Tm();
        int y = cint(tu.get(0));
        p.mon = cint(tu.get(1)) - 1;
        p.mday = cint(tu.get(2));
        p.hour = cint(tu.get(3));
        p.min = cint(tu.get(4));
        p.sec = cint(tu.get(5));
        p.wday = (cint(tu.get(6)) + 1) % 7;
        p.yday = cint(tu.get(7)) - 1;
        p.isdst = cint(tu.get(8));
        if ((long) y - 1900 < Integer.MIN_VALUE) {
            throw PyErr.overflowError("year out of range");
        }
        p.year = (long) y - 1900;
        if (args instanceof StructTime st) {
            if (st.zone != PyNone.NONE) {
                p.zone = Abstract.str(st.zone).value();
            }
            if (st.gmtoff != PyNone.NONE) {
                p.gmtoff = Abstract.index(st.gmtoff).value;
            }
        }
        return p;
    }

    static void checktm(Tm b) {
        if (b.mon == -1) {
            b.mon = 0;
        } else if (b.mon < 0 || b.mon > 11) {
            throw PyErr.valueError("month out of range");
        }
        if (b.mday == 0) {
            b.mday = 1;
        } else if (b.mday < 0 || b.mday > 31) {
            throw PyErr.valueError("day of month out of range");
        }
        if (b.hour < 0 || b.hour > 23) {
            throw PyErr.valueError("hour out of range");
        }
        if (b.min < 0 || b.min > 59) {
            throw PyErr.valueError("minute out of range");
        }
        if (b.sec < 0 || b.sec > 61) {
            throw PyErr.valueError("seconds out of range");
        }
        if (b.wday < 0) {
            throw PyErr.valueError("day of week out of range");
        }
        if (b.yday == -1) {
            b.yday = 0;
        } else if (b.yday < 0 || b.yday > 365) {
            throw PyErr.valueError("day of year out of range");
        }
    }

    static Tm currentTm(boolean local) {
        long t = Math.floorDiv(timeNs(), 1_000_000_000L);
        return gettmarg(local ? localtime(t) : gmtime(t), "");
    }

    static String asctime(Tm t) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", WDAY[t.wday], MON[t.mon], t.mday, t.hour, t.min, t.sec,
                t.year + 1900);
    }

    /** {@code mktime}: seconds since the epoch of a local broken-down time, normalizing fields. */
    static long mktime(Tm t) {
        long y = t.year + 1900 + Math.floorDiv((long) t.mon, 12);
        long m = Math.floorMod((long) t.mon, 12) + 1;
        long days = daysFromCivil(y, m, 1) + t.mday - 1;
        long local = days * 86400L + t.hour * 3600L + t.min * 60L + t.sec;
        ZoneRules r = rules();
        try {
            long probe = Math.max(-31_000_000_000_000_000L, Math.min(31_000_000_000_000_000L, local));
            java.time.LocalDateTime ldt = java.time.LocalDateTime.ofEpochSecond(probe, 0, java.time.ZoneOffset.UTC);
            java.util.List<java.time.ZoneOffset> offs = r.getValidOffsets(ldt);
            int off;
            if (offs.isEmpty()) {
                off = r.getOffset(ldt.atOffset(java.time.ZoneOffset.UTC).toInstant()).getTotalSeconds();
            } else if (offs.size() == 2) {
                return local - offs.get(t.isdst == 0 ? 1 : 0).getTotalSeconds();
            } else {
                off = offs.get(0).getTotalSeconds();
            }
            long res = local - off;
            if (t.isdst >= 0) {
                boolean actual = r.isDaylightSavings(Instant.ofEpochSecond(probe - off));
                if (actual != (t.isdst > 0)) {
                    int save = Math.abs(dstSave);
                    if (save == 0) {
                        save = 3600;
                    }
                    res += actual ? save : -save;
                }
            }
            return res;
        } catch (java.time.DateTimeException e) {
            throw PyErr.overflowError("mktime argument out of range");
        }
    }

    // ---- strftime ----

    static void pad(StringBuilder sb, long v, int width, char padc) {
        String s = Long.toString(Math.abs(v));
        if (v < 0) {
            sb.append('-');
            width--;
        }
        for (int i = s.length(); i < width; i++) {
            sb.append(padc);
        }
        sb.append(s);
    }

    /** ISO 8601 week-based year and week of a C broken-down time (glibc's {@code iso_week_days}). */
    static long isoWeekDays(long yday, long wday) {
        final int bigEnough = 378;
        return yday - (yday - wday + 4 + bigEnough * 7) % 7 + 3;
    }

    static long[] isoYearWeek(Tm t) {
        long year = t.year + 1900;
        long days = isoWeekDays(t.yday, t.wday);
        if (days < 0) {
            year--;
            days = isoWeekDays(t.yday + (365 + (isLeap(year) ? 1 : 0)), t.wday);
        } else {
            long d = isoWeekDays(t.yday - (365 + (isLeap(year) ? 1 : 0)), t.wday);
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        return new long[] {year, days / 7 + 1};
    }

    String strftime(String fmt, Tm t) {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            int start = i;
            char d = fmt.charAt(++i);
            if ((d == 'E' || d == 'O') && i + 1 < n) {
                d = fmt.charAt(++i);
            } else if (d == 'E' || d == 'O') {
                sb.append(fmt, start, i + 1);
                continue;
            }
            if (!conv(sb, d, t)) {
                sb.append(fmt, start, i + 1);
            }
        }
        return sb.toString();
    }

    boolean conv(StringBuilder sb, char d, Tm t) {
        long year = t.year + 1900;
        int h12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
        switch (d) {
            case 'a' -> sb.append(WDAY[t.wday]);
            case 'A' -> sb.append(WDAY_FULL[t.wday]);
            case 'b', 'h' -> sb.append(MON[t.mon]);
            case 'B' -> sb.append(MON_FULL[t.mon]);
            case 'c' -> {
                conv(sb, 'a', t);
                sb.append(' ');
                conv(sb, 'b', t);
                sb.append(' ');
                conv(sb, 'e', t);
                sb.append(' ');
                conv(sb, 'T', t);
                sb.append(' ');
                conv(sb, 'Y', t);
            }
            case 'C' -> pad(sb, Math.floorDiv(year, 100), 2, '0');
            case 'd' -> pad(sb, t.mday, 2, '0');
            case 'e' -> pad(sb, t.mday, 2, ' ');
            case 'D', 'x' -> {
                conv(sb, 'm', t);
                sb.append('/');
                conv(sb, 'd', t);
                sb.append('/');
                conv(sb, 'y', t);
            }
            case 'F' -> {
                pad(sb, year, 1, '0');
                sb.append('-');
                conv(sb, 'm', t);
                sb.append('-');
                conv(sb, 'd', t);
            }
            case 'G' -> pad(sb, isoYearWeek(t)[0], 1, '0');
            case 'g' -> pad(sb, Math.floorMod(isoYearWeek(t)[0], 100), 2, '0');
            case 'V' -> pad(sb, isoYearWeek(t)[1], 2, '0');
            case 'H' -> pad(sb, t.hour, 2, '0');
            case 'k' -> pad(sb, t.hour, 2, ' ');
            case 'I' -> pad(sb, h12, 2, '0');
            case 'l' -> pad(sb, h12, 2, ' ');
            case 'j' -> pad(sb, t.yday + 1, 3, '0');
            case 'm' -> pad(sb, t.mon + 1, 2, '0');
            case 'M' -> pad(sb, t.min, 2, '0');
            case 'n' -> sb.append('\n');
            case 't' -> sb.append('\t');
            case 'p' -> sb.append(t.hour >= 12 ? "PM" : "AM");
            case 'P' -> sb.append(t.hour >= 12 ? "pm" : "am");
            case 'r' -> {
                conv(sb, 'I', t);
                sb.append(':');
                conv(sb, 'M', t);
                sb.append(':');
                conv(sb, 'S', t);
                sb.append(' ');
                conv(sb, 'p', t);
            }
            case 'R' -> {
                conv(sb, 'H', t);
                sb.append(':');
                conv(sb, 'M', t);
            }
            case 'S' -> pad(sb, t.sec, 2, '0');
            case 's' -> sb.append(mktime(t));
            case 'T', 'X' -> {
                conv(sb, 'H', t);
                sb.append(':');
                conv(sb, 'M', t);
                sb.append(':');
                conv(sb, 'S', t);
            }
            case 'u' -> sb.append(t.wday == 0 ? 7 : t.wday);
            case 'w' -> sb.append(t.wday);
            case 'U' -> pad(sb, (t.yday - t.wday + 7) / 7, 2, '0');
            case 'W' -> pad(sb, (t.yday - (t.wday - 1 + 7) % 7 + 7) / 7, 2, '0');
            case 'y' -> pad(sb, Math.floorMod(year, 100), 2, '0');
            case 'Y' -> sb.append(year);
            case 'Z' -> sb.append(t.zone != null ? t.zone : tzname[t.isdst > 0 ? 1 : 0]);
            case 'z' -> {
                long off = t.gmtoff;
                sb.append(off < 0 ? '-' : '+');
                off = Math.abs(off) / 60;
                pad(sb, (off / 60) * 100 + off % 60, 4, '0');
            }
            case '%' -> sb.append('%');
            default -> {
                return false;
            }
        }
        return true;
    }

    // ---- module ----

    private String[] tzname = {"UTC", "UTC"};
    /** The difference between the zone's daylight and standard offsets this year (seconds). */
    private static volatile int dstSave;

    private static void def(PyModule m, String name, PyBuiltinFunction.Impl impl) {
        m.dict.setItem(PyStr.of(name), new PyBuiltinFunction(name, name, m, impl));
    }

    private static void clock(PyModule m, String name, java.util.function.LongSupplier ns) {
        def(m, name, (self, a, n, kw) -> {
            BuiltinArgs.noArgs("time." + name, n, kw);
            return PyFloat.of(ns.getAsLong() / 1e9);
        });
        def(m, name + "_ns", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("time." + name + "_ns", n, kw);
            return PyInt.of(ns.getAsLong());
        });
    }

    private static final String[] NS_NAMES = {"implementation", "monotonic", "adjustable", "resolution"};

    private static PyObject ns(String impl, boolean mono, boolean adj) {
        return dev.adder.vm.Namespaces.make(NS_NAMES,
                new PyObject[] {PyStr.of(impl), PyBool.of(mono), PyBool.of(adj), PyFloat.of(1e-09)});
    }

    private void initTimezone(PyModule m) {
        ZoneRules r = rules();
        int year = java.time.Year.now().getValue();
        Instant jan = Instant.ofEpochSecond(daysFromCivil(year, 1, 1) * 86400L);
        Instant jul = Instant.ofEpochSecond(daysFromCivil(year, 7, 1) * 86400L);
        int janoff = r.getOffset(jan).getTotalSeconds();
        int juloff = r.getOffset(jul).getTotalSeconds();
        String std = zoneName(r.isDaylightSavings(jan), janoff);
        String dst = zoneName(r.isDaylightSavings(jul), juloff);
        long timezone;
        long altzone;
        if (janoff < juloff) {
            timezone = -janoff;
            altzone = -juloff;
        } else {
            timezone = -juloff;
            altzone = -janoff;
            String x = std;
            std = dst;
            dst = x;
        }
        tzname = new String[] {std, dst};
        dstSave = juloff - janoff;
        m.dict.setItem(PyStr.of("timezone"), PyInt.of(timezone));
        m.dict.setItem(PyStr.of("altzone"), PyInt.of(altzone));
        m.dict.setItem(PyStr.of("daylight"), PyInt.of(janoff != juloff ? 1 : 0));
        m.dict.setItem(PyStr.of("tzname"), PyTuple.of(PyStr.of(std), PyStr.of(dst)));
    }

    /** {@code PyArg_ParseTuple}'s argument-count messages. */
    static void parseTuple(String name, int n, dev.adder.runtime.objects.PyTuple kw, int min, int max) {
        BuiltinArgs.noKeywords(name, kw);
        if (n < min || n > max) {
            int k = n < min ? min : max;
            String how = min == max ? "exactly" : n < min ? "at least" : "at most";
            throw PyErr.typeError("%s() takes %s %d argument%s (%d given)", name, how, k, k == 1 ? "" : "s", n);
        }
    }

    @Override
    public void exec(InterpreterState interp, PyModule m) {
        m.dict.setItem(PyStr.of("__doc__"), PyStr.of("This module provides various functions to manipulate time values."));
        m.dict.setItem(PyStr.of("struct_time"), StructTime.TYPE);
        m.dict.setItem(PyStr.of("_STRUCT_TM_ITEMS"), PyInt.of(11));
        String[] clocks = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
            "CLOCK_MONOTONIC_RAW", "CLOCK_BOOTTIME", "CLOCK_TAI"};
        int[] ids = {0, 1, 2, 3, 4, 7, 11};
        for (int i = 0; i < ids.length; i++) {
            m.dict.setItem(PyStr.of(clocks[i]), PyInt.of(ids[i]));
        }
        initTimezone(m);
        clock(m, "time", TimeModule::timeNs);
        clock(m, "monotonic", System::nanoTime);
        clock(m, "perf_counter", System::nanoTime);
        clock(m, "process_time", TimeModule::processNs);
        clock(m, "thread_time", TimeModule::threadNs);
        def(m, "clock_gettime", (self, a, n, kw) -> {
            parseTuple("clock_gettime", n, kw, 1, 1);
            return PyFloat.of(clockNs(cint(a[0])) / 1e9);
        });
        def(m, "clock_gettime_ns", (self, a, n, kw) -> {
            parseTuple("clock_gettime_ns", n, kw, 1, 1);
            return PyInt.of(clockNs(cint(a[0])));
        });
        def(m, "clock_getres", (self, a, n, kw) -> {
            parseTuple("clock_getres", n, kw, 1, 1);
            clockNs(cint(a[0]));
            return PyFloat.of(1e-09);
        });
        def(m, "clock_settime", (self, a, n, kw) -> {
            parseTuple("clock_settime", n, kw, 2, 2);
            throw PyErr.of(PyExc.PermissionError, PyInt.of(1), PyStr.of("Operation not permitted"));
        });
        def(m, "clock_settime_ns", (self, a, n, kw) -> {
            parseTuple("clock_settime_ns", n, kw, 2, 2);
            throw PyErr.of(PyExc.PermissionError, PyInt.of(1), PyStr.of("Operation not permitted"));
        });
        def(m, "pthread_getcpuclockid", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("time.pthread_getcpuclockid", n, kw);
            Abstract.index(a[0]);
            return PyInt.of(3);
        });
        def(m, "tzset", (self, a, n, kw) -> {
            BuiltinArgs.noArgs("tzset", n, kw);
            return PyNone.NONE;
        });
        def(m, "sleep", (self, a, n, kw) -> {
            BuiltinArgs.noKeywords("sleep", kw);
            if (n != 1) {
                throw PyErr.typeError("time.sleep() takes exactly one argument (%d given)", n);
            }
            double secs = toSeconds(a[0]);
            if (secs < 0) {
                throw PyErr.valueError("sleep length must be non-negative");
            }
            sleep(secs);
            return PyNone.NONE;
        });
        def(m, "gmtime", (self, a, n, kw) -> {
            parseTuple("gmtime", n, kw, 0, 1);
            long t = n == 0 || a[0] == PyNone.NONE ? Math.floorDiv(timeNs(), 1_000_000_000L) : toTimeT(a[0]);
            return gmtime(t);
        });
        def(m, "localtime", (self, a, n, kw) -> {
            parseTuple("localtime", n, kw, 0, 1);
            long t = n == 0 || a[0] == PyNone.NONE ? Math.floorDiv(timeNs(), 1_000_000_000L) : toTimeT(a[0]);
            return localtime(t);
        });
        def(m, "mktime", (self, a, n, kw) -> {
            BuiltinArgs.exactlyOne("time.mktime", n, kw);
            Tm t = gettmarg(a[0], "mktime");
            return PyFloat.of(mktime(t));
        });
        def(m, "asctime", (self, a, n, kw) -> {
            BuiltinArgs.positional("asctime", n, kw, 0, 1);
            Tm t = n == 0 ? currentTm(true) : gettmarg(a[0], "asctime");
            checktm(t);
            return PyStr.of(asctime(t));
        });
        def(m, "ctime", (self, a, n, kw) -> {
            parseTuple("ctime", n, kw, 0, 1);
            long s = n == 0 || a[0] == PyNone.NONE ? Math.floorDiv(timeNs(), 1_000_000_000L) : toTimeT(a[0]);
            return PyStr.of(asctime(gettmarg(localtime(s), "ctime")));
        });
        def(m, "strftime", (self, a, n, kw) -> {
            parseTuple("strftime", n, kw, 1, 2);
            if (!(a[0] instanceof PyStr f)) {
                throw PyErr.typeError("strftime() argument 1 must be str, not %s", a[0].type().name());
            }
            Tm t;
            if (n == 1) {
                t = currentTm(true);
            } else {
                t = gettmarg(a[1], "strftime");
                checktm(t);
            }
            if (t.isdst < -1) {
                t.isdst = -1;
            } else if (t.isdst > 1) {
                t.isdst = 1;
            }
            if (f.value().indexOf('\0') >= 0) {
                throw PyErr.valueError("embedded null character");
            }
            return PyStr.of(strftime(f.value(), t));
        });
        def(m, "strptime", (self, a, n, kw) -> {
            PyObject mod = Import.importModuleLevel(ThreadState.current(), "_strptime", null, null, 0);
            return Abstract.call(Abstract.getAttr(mod, "_strptime_time"), a, n, kw);
        });
        def(m, "get_clock_info", (self, a, n, kw) -> {
            parseTuple("get_clock_info", n, kw, 1, 1);
            if (!(a[0] instanceof PyStr s)) {
                throw PyErr.typeError("get_clock_info() argument 1 must be str, not %s", a[0].type().name());
            }
            return switch (s.value()) {
                case "time" -> ns("clock_gettime(CLOCK_REALTIME)", false, true);
                case "monotonic", "perf_counter" -> ns("clock_gettime(CLOCK_MONOTONIC)", true, false);
                case "process_time" -> ns("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false);
                case "thread_time" -> ns("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false);
                default -> throw PyErr.valueError("unknown clock");
            };
        });
    }

    /** Sleeps {@code secs} seconds in slices, raising KeyboardInterrupt on Ctrl-C. */
    static void sleep(double secs) {
        long end = System.nanoTime() + (long) Math.min(secs * 1e9, 9e18);
        while (true) {
            if (Signals.pending) {
                Signals.handlePending();
            }
            long left = Math.min(50_000_000L, end - System.nanoTime());
            if (left <= 0) {
                return;
            }
            try {
                Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
