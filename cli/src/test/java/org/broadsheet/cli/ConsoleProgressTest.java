package org.broadsheet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a long build prints when its output is not a terminal. */
class ConsoleProgressTest {

    @Test
    void longStagesPrintPlainLinesAtEachQuarterAndTheirTime() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, 8);
        progress.stageStarted("config", 0);
        progress.stageFinished("config", 3);
        progress.stageStarted("render + write", 8);
        for (int i = 0; i < 8; i++) {
            progress.itemDone();
        }
        progress.stageFinished("render + write", 1234);
        assertEquals("render + write: 0/8\nrender + write: 2/8\nrender + write: 4/8\nrender + write: 6/8\n"
                + "render + write: 8/8 in 1.2 s\n", text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void shortStagesPrintNothing() {
        StringWriter text = new StringWriter();
        ConsoleProgress progress = new ConsoleProgress(new PrintWriter(text), false, 1000);
        progress.stageStarted("render + write", 999);
        progress.itemDone();
        progress.stageFinished("render + write", 5);
        assertEquals("", text.toString());
    }
}
