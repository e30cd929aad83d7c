// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.plan.model.formula;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A parsed KPI formula: numbers, metric keys, {@code + - * /}, unary minus and parentheses,
 * for example {@code (reactions + comments + shares) / reach * 100}. Instances are immutable.
 *
 * @since 1.0
 * @noextend This class is not intended to be subclassed by clients.
 */
public final class KpiFormula {

    private sealed interface Node permits Num, Var, Neg, Bin {
    }

    private record Num(double value) implements Node {
    }

    private record Var(String key) implements Node {
    }

    private record Neg(Node operand) implements Node {
    }

    private record Bin(char operator, Node left, Node right) implements Node {
    }

    private final String source;
    private final Node root;
    private final Set<String> variables;

    private KpiFormula(String source, Node root, Set<String> variables) {
        this.source = source;
        this.root = root;
        this.variables = Collections.unmodifiableSet(variables);
    }

    /**
     * Parses a formula.
     *
     * @param formula the text
     * @return the parsed formula
     * @throws IllegalArgumentException naming the position when the text is not a formula
     */
    public static KpiFormula parse(String formula) {
        if (formula == null || formula.isBlank()) {
            throw new IllegalArgumentException("empty formula"); //$NON-NLS-1$
        }
        Parser parser = new Parser(formula);
        Node root = parser.expression();
        parser.skipSpace();
        if (parser.pos < formula.length()) {
            throw parser.error("unexpected '" + formula.charAt(parser.pos) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new KpiFormula(formula, root, parser.variables);
    }

    /**
     * Returns the metric keys the formula reads, in order of first use.
     *
     * @return the keys
     */
    public Set<String> variables() {
        return variables;
    }

    /**
     * Evaluates the formula. Division by zero gives {@link Double#NaN}.
     *
     * @param values the value of each metric key
     * @return the result
     */
    public double evaluate(ToDoubleFunction<String> values) {
        return evaluate(root, values);
    }

    private static double evaluate(Node node, ToDoubleFunction<String> values) {
        return switch (node) {
        case Num n -> n.value();
        case Var v -> values.applyAsDouble(v.key());
        case Neg n -> -evaluate(n.operand(), values);
        case Bin b -> {
            double l = evaluate(b.left(), values);
            double r = evaluate(b.right(), values);
            yield switch (b.operator()) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            default -> r == 0 ? Double.NaN : l / r;
            };
        }
        };
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        private final String text;
        private final Set<String> variables = new LinkedHashSet<>();
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Node expression() {
            Node left = term();
            for (char c = peek(); c == '+' || c == '-'; c = peek()) {
                pos++;
                left = new Bin(c, left, term());
            }
            return left;
        }

        Node term() {
            Node left = factor();
            for (char c = peek(); c == '*' || c == '/'; c = peek()) {
                pos++;
                left = new Bin(c, left, factor());
            }
            return left;
        }

        Node factor() {
            char c = peek();
            if (c == '-') {
                pos++;
                return new Neg(factor());
            }
            if (c == '(') {
                pos++;
                Node inner = expression();
                if (peek() != ')') {
                    throw error("missing ')'"); //$NON-NLS-1$
                }
                pos++;
                return inner;
            }
            int start = pos;
            if (Character.isDigit(c) || c == '.') {
                while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                    pos++;
                }
                try {
                    return new Num(Double.parseDouble(text.substring(start, pos)));
                } catch (NumberFormatException e) {
                    throw error("bad number '" + text.substring(start, pos) + "'"); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            if (Character.isLetter(c) || c == '_') {
                while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                        || text.charAt(pos) == '.')) {
                    pos++;
                }
                String key = text.substring(start, pos);
                variables.add(key);
                return new Var(key);
            }
            throw error(c == 0 ? "unexpected end" : "unexpected '" + c + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }

        char peek() {
            skipSpace();
            return pos < text.length() ? text.charAt(pos) : 0;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        IllegalArgumentException error(String problem) {
            return new IllegalArgumentException(problem + " at column " + (pos + 1)); //$NON-NLS-1$
        }
    }
}
