package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which builds ask for C1 alone: those that read fewer than 20,000 Markdown files. */
class QuickCompilationTest {

    @Test
    void onlyBuildsBelowTheMeasuredSize() {
        assertTrue(QuickCompilation.isWorthIt(1), "C2 would take the core a small build needs");
        assertTrue(QuickCompilation.isWorthIt(500));
        assertTrue(QuickCompilation.isWorthIt(19_999));
        assertFalse(QuickCompilation.isWorthIt(20_000), "a long build pays for C2's compiling");
    }
}
