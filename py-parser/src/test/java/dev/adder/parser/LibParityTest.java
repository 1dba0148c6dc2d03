package dev.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.adder.ast.AstDump;
import dev.adder.ast.Mod;
import dev.adder.source.PythonSyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser against python3 itself, run at test time, over a sample of CPython's Lib (every
 * 20th .py file, sorted by path): the MD5 of {@code ast.dump(ast.parse(data, path),
 * include_attributes=True)} must be the MD5 of {@link AstDump#dump} of this parser's tree, and
 * a SyntaxError must have the same type, message and location (Python's None as 0, as
 * {@link PythonSyntaxError} has it).
 *
 * <p>Skipped when {@code python3} is not on the PATH.
 */
class LibParityTest {

    private static final String SCRIPT = String.join("\n",
            "import ast, hashlib, os, sys, sysconfig",
            "root = sysconfig.get_paths()['stdlib']",
            "files = []",
            "for d, ds, fs in os.walk(root):",
            "    if 'site-packages' in d.split(os.sep):",
            "        continue",
            "    files += [os.path.join(d, f) for f in fs if f.endswith('.py')]",
            "files.sort()",
            "for f in files[::20]:",
            "    data = open(f, 'rb').read()",
            "    try:",
            "        d = ast.dump(ast.parse(data, f), include_attributes=True)",
            "        r = 'OK ' + hashlib.md5(d.encode('utf-8', 'surrogatepass')).hexdigest()",
            "    except SyntaxError as e:",
            "        n = lambda v: 0 if v is None else v",
            "        r = 'ERR %s|%s|%s|%s|%s|%s' % (type(e).__name__, e.msg, n(e.lineno), n(e.offset),",
            "                                      n(e.end_lineno), n(e.end_offset))",
            "    print(f + '\\t' + r)",
            "");

    private static String python3(String script) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return p.waitFor() == 0 ? out : null;
    }

    static String answer(Path file) throws IOException, NoSuchAlgorithmException {
        byte[] data = Files.readAllBytes(file);
        try {
            Mod m = Parser.parse(data, file.toString(), Mode.EXEC);
            String d = AstDump.dump(m, true, (Integer) null);
            byte[] h = MessageDigest.getInstance("MD5").digest(d.getBytes(StandardCharsets.UTF_8));
            return "OK " + HexFormat.of().formatHex(h);
        } catch (PythonSyntaxError e) {
            return "ERR " + e.kind().pythonName() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset()
                    + "|" + e.endLineno() + "|" + e.endOffset();
        }
    }

    @Test
    void sampleOfLibParsesAsInPython() throws Exception {
        String expected = python3(SCRIPT);
        assumeTrue(expected != null, "python3 is not available");
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String line : expected.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", 2);
            String got = answer(Path.of(f[0]));
            n++;
            if (!got.equals(f[1])) {
                failures.add(f[0] + "\n  want " + f[1] + "\n  got  " + got);
            }
        }
        assertTrue(n > 50, "files compared: " + n);
        assertEquals(List.of(), failures);
    }
}
