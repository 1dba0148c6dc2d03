package dev.adder.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Trees built with the Java constructors, compared with the same trees built by python3 from the
 * ast module's classes (ast_oracle.py build mode).
 */
class HandBuiltTest {

    private static final Position P = Position.of(1, 0, 1, 0);

    private static Expr.Name name(String id) {
        return new Expr.Name(id, ExprContext.Load, P);
    }

    private static Expr.Constant constant(ConstantValue v) {
        return new Expr.Constant(v, null, P);
    }

    private static Arguments noArgs() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    @Test
    void javaTreesDumpAndUnparseAsPythonTrees() {
        List<Node> trees = new ArrayList<>();
        List<String> python = new ArrayList<>();

        trees.add(new Mod.Expression(new Expr.BinOp(name("a"), Operator.Add,
                new Expr.BinOp(name("b"), Operator.Mult, constant(ConstantValue.of(2.5)), P), P)));
        python.add("Expression(body=BinOp(left=Name(id='a', ctx=Load()), op=Add(), "
                + "right=BinOp(left=Name(id='b', ctx=Load()), op=Mult(), right=Constant(value=2.5))))");

        trees.add(new Mod.Module(List.of(
                new Stmt.FunctionDef("f",
                        new Arguments(List.of(), List.of(new Arg("x", name("int"), null, P)), null,
                                List.of(new Arg("k", null, null, P)), Arrays.asList((Expr) null), null,
                                List.of()),
                        List.of(new Stmt.Expr(constant(ConstantValue.of("doc")), P),
                                new Stmt.Return(new Expr.Tuple(List.of(name("x"), name("k")), ExprContext.Load, P), P)),
                        List.of(name("deco")), name("tuple"), null, P)),
                List.of()));
        python.add("Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='x', "
                + "annotation=Name(id='int', ctx=Load()))], kwonlyargs=[arg(arg='k')], kw_defaults=[None], "
                + "defaults=[]), body=[Expr(value=Constant(value='doc')), Return(value=Tuple(elts=[Name(id='x', "
                + "ctx=Load()), Name(id='k', ctx=Load())], ctx=Load()))], decorator_list=[Name(id='deco', "
                + "ctx=Load())], returns=Name(id='tuple', ctx=Load()))], type_ignores=[])");

        trees.add(new Mod.Expression(new Expr.Dict(Arrays.asList(null, constant(ConstantValue.of(BigInteger.TEN.pow(40)))),
                List.of(name("m"), constant(new ConstantValue.BytesValue(new byte[] {0, 39, 34}))), P)));
        python.add("Expression(body=Dict(keys=[None, Constant(value=10**40)], values=[Name(id='m', ctx=Load()), "
                + "Constant(value=b'\\x00\\'\"')]))");

        trees.add(new Mod.Expression(new Expr.Lambda(noArgs(), new Expr.IfExp(name("c"),
                constant(new ConstantValue.ComplexValue(0.0, Double.POSITIVE_INFINITY)),
                constant(ConstantValue.ELLIPSIS), P), P)));
        python.add("Expression(body=Lambda(args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], "
                + "defaults=[]), body=IfExp(test=Name(id='c', ctx=Load()), body=Constant(value=complex(0, "
                + "float('inf'))), orelse=Constant(value=...))))");

        trees.add(new Mod.Module(List.of(new Stmt.Match(name("p"), List.of(
                new MatchCase(new Pattern.MatchClass(name("Point"), List.of(new Pattern.MatchAs(null, "x", P)),
                        List.of("y"), List.of(new Pattern.MatchSingleton(ConstantValue.NONE, P)), P),
                        new Expr.Compare(name("x"), List.of(CmpOp.Gt, CmpOp.NotIn),
                                List.of(constant(ConstantValue.of(0)), name("s")), P),
                        List.of(new Stmt.Pass(P)))), P)),
                List.of(new TypeIgnore(1, "[x]"))));
        python.add("Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchClass("
                + "cls=Name(id='Point', ctx=Load()), patterns=[MatchAs(name='x')], kwd_attrs=['y'], "
                + "kwd_patterns=[MatchSingleton(value=None)]), guard=Compare(left=Name(id='x', ctx=Load()), "
                + "ops=[Gt(), NotIn()], comparators=[Constant(value=0), Name(id='s', ctx=Load())]), "
                + "body=[Pass()])])], type_ignores=[TypeIgnore(lineno=1, tag='[x]')])");

        List<Oracle.Case> cases = new ArrayList<>();
        Oracle.run(List.of("build", "--what=DAU"), String.join("\n", python) + "\n", cases::add);
        assertEquals(trees.size(), cases.size());
        for (int i = 0; i < trees.size(); i++) {
            Oracle.Case c = cases.get(i);
            // the Java tree equals the tree python3 built, as rebuilt from its serialized form
            assertEquals(c.tree(), trees.get(i), python.get(i));
            assertEquals(c.expected().get("D"), AstDump.dump(trees.get(i)), python.get(i));
            assertEquals(c.expected().get("U"), Unparser.unparse(trees.get(i)), python.get(i));
        }
    }

    @Test
    void metadata() {
        Expr.BinOp b = new Expr.BinOp(name("a"), Operator.Sub, name("b"), P);
        assertEquals("BinOp", b.typeName());
        assertEquals(List.of("left", "op", "right"), b.fieldNames());
        assertSame(Operator.Sub, b.fieldValue(1));
        assertEquals(List.of("lineno", "col_offset", "end_lineno", "end_col_offset"), b.attributeNames());
        assertEquals(1, b.attributeValue(2));
        assertEquals("arguments", noArgs().typeName());
        assertEquals(List.of(), noArgs().attributeNames());
        assertEquals("Load", ExprContext.Load.typeName());
        assertThrows(IndexOutOfBoundsException.class, () -> b.fieldValue(3));
        assertEquals(1, b.lineno());
        assertEquals(0, b.endColOffset());
    }

    @Test
    void listsAreImmutableCopiesAndRequiredFieldsAreChecked() {
        List<Expr> elts = new ArrayList<>(List.of(name("a")));
        Expr.List l = new Expr.List(elts, ExprContext.Load, P);
        elts.add(name("b"));
        assertEquals(1, l.elts().size());
        assertThrows(UnsupportedOperationException.class, () -> l.elts().add(name("c")));
        assertThrows(NullPointerException.class, () -> new Expr.List(Arrays.asList((Expr) null), ExprContext.Load, P));
        assertThrows(NullPointerException.class, () -> new Expr.BinOp(null, Operator.Add, name("b"), P));
        assertNull(new Stmt.Return(null, P).value());
    }

    @Test
    void transformerKeepsUnchangedNodes() {
        Expr.BinOp b = new Expr.BinOp(name("a"), Operator.Sub, name("b"), P);
        assertSame(b, b.accept(new AstTransformer()));
    }
}
