package dev.adder.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adder.ast.ConstantValue;
import dev.adder.ast.Expr;
import dev.adder.ast.Mod;
import dev.adder.ast.Stmt;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hexadecimal, octal and binary literals of any length: the value is the positional sum of the
 * digits (checked against {@link BigInteger}'s own radix conversion and against 2**700000-1 for a
 * literal of 175,000 hex digits, which CPython accepts: it has no digit limit for these bases).
 */
class RadixLiteralTest {

    private static BigInteger valueOf(String source) {
        Mod.Module m = (Mod.Module) Parser.parse(source, "<t>", Mode.EXEC);
        Expr.Constant c = (Expr.Constant) ((Stmt.Assign) m.body().get(0)).value();
        return ((ConstantValue.IntValue) c.value()).value();
    }

    @Test
    void valuesOfRandomLiterals() {
        Random r = new Random(20261125);
        for (int t = 0; t < 3000; t++) {
            int radix = new int[] {2, 8, 16}[t % 3];
            int len = 1 + r.nextInt(t % 100 == 0 ? 2000 : 70);
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < len; i++) {
                digits.append(Character.forDigit(r.nextInt(radix), radix));
            }
            String prefix = radix == 16 ? "0x" : radix == 8 ? "0o" : "0b";
            assertEquals(new BigInteger(digits.toString(), radix), valueOf("x = " + prefix + digits + "\n"),
                    prefix + digits);
        }
    }

    @Test
    void hugeHexLiteral() {
        StringBuilder src = new StringBuilder("x = 0x");
        src.append("f".repeat(175_000)).append('\n');
        assertEquals(BigInteger.ONE.shiftLeft(4 * 175_000).subtract(BigInteger.ONE), valueOf(src.toString()));
    }
}
