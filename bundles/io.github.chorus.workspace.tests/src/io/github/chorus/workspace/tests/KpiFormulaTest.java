// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.chorus.plan.model.formula.KpiFormula;

class KpiFormulaTest {

    @Test
    void evaluatesWithPrecedenceParenthesesAndUnaryMinus() {
        KpiFormula err = KpiFormula.parse("(reactions + comments + shares) / reach * 100");
        assertThat(err.variables()).containsExactly("reactions", "comments", "shares", "reach");
        Map<String, Double> values = Map.of("reactions", 30.0, "comments", 15.0, "shares", 5.0, "reach", 1000.0);
        assertThat(err.evaluate(values::get)).isEqualTo(5.0);
        assertThat(KpiFormula.parse("-2 + 3 * 4").evaluate(k -> 0)).isEqualTo(10.0);
        assertThat(KpiFormula.parse("a / b").evaluate(k -> 0)).isNaN();
    }

    @Test
    void reportsWhereAFormulaIsWrong() {
        assertThatThrownBy(() -> KpiFormula.parse("reach / (clicks")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> KpiFormula.parse("reach * * 2")).hasMessageContaining("column 9");
        assertThatThrownBy(() -> KpiFormula.parse(" ")).hasMessageContaining("empty");
    }
}
