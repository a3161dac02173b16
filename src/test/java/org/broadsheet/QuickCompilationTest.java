package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which builds ask for C1 alone: those that read 500 to 20,000 Markdown files. */
class QuickCompilationTest {

    @Test
    void onlyBuildsBetweenTheMeasuredSizes() {
        assertFalse(QuickCompilation.isWorthIt(499), "a small site finishes before C2 has much to do");
        assertTrue(QuickCompilation.isWorthIt(500));
        assertTrue(QuickCompilation.isWorthIt(19_999));
        assertFalse(QuickCompilation.isWorthIt(20_000), "a long build pays for C2's compiling");
    }
}
