// SPDX-License-Identifier: EPL-2.0
package io.github.chorus.workspace.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.github.chorus.analytics.model.ObservationBlock;

class ObservationBlockTest {

    @Test
    void encodesAndDecodesCountsFractionsAndNegatives() {
        long[] times = { 1_700_000_000L, 1_700_086_400L, 1_700_172_800L, 1_700_172_801L, 1_800_000_000L };
        double[] values = { 12_345, 0.25, -7, -0.0, 1e300 };
        ObservationBlock block = ObservationBlock.of(times, values);
        ObservationBlock back = ObservationBlock.decode(block.encode());
        assertThat(back).isEqualTo(block);
        assertThat(back.size()).isEqualTo(5);
        assertThat(back.value(1)).isEqualTo(0.25);
        assertThat(Double.doubleToRawLongBits(back.value(3))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(back.epochSecond(4)).isEqualTo(1_800_000_000L);
    }

    @Test
    void dailyCountsTakeAFewBytesPerObservation() {
        int n = 1_000;
        long[] times = new long[n];
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            times[i] = 1_700_000_000L + i * 86_400L;
            values[i] = 5_000 + i * 3;
        }
        String text = ObservationBlock.of(times, values).encode();
        assertThat(text.length()).isLessThan(n * 3); // two bytes each, in base64
        assertThat(ObservationBlock.decode(text).value(n - 1)).isEqualTo(5_000 + (n - 1) * 3);
    }

    @Test
    void rejectsUnorderedTimesAndCorruptText() {
        assertThatThrownBy(() -> ObservationBlock.of(new long[] { 2, 1 }, new double[] { 0, 0 }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ObservationBlock.decode("not base64 !")).isInstanceOf(IllegalArgumentException.class);
        String valid = ObservationBlock.of(new long[] { 1, 2, 3 }, new double[] { 0.5, 1.5, 2.5 }).encode();
        assertThatThrownBy(() -> ObservationBlock.decode(valid.substring(0, valid.length() - 8)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
