package org.broadsheet.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.broadsheet.BuildProgress;

/**
 * Shows a build's progress on the command line, for stages long enough to wait for (at least
 * {@link #LONG_STAGE} files or pages): a progress bar with counts on a terminal, and plain
 * lines ("render + write: 7500/15000") when the output goes to a file or a CI log, where a bar's
 * carriage returns would be noise. Small sites print nothing extra.
 */
final class ConsoleProgress implements BuildProgress {

    /** Stages with fewer items finish too fast to be worth a bar. */
    static final int LONG_STAGE = 1000;

    private final PrintWriter out;
    private final boolean terminal;
    private final int threshold;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String stage = "";
    private volatile int items;
    private volatile ProgressBar bar;

    ConsoleProgress(PrintWriter out, boolean terminal, int threshold) {
        this.out = out;
        this.terminal = terminal;
        this.threshold = threshold;
    }

    /** Progress for a command whose output is {@code out}: a bar when it is a terminal. */
    static ConsoleProgress to(PrintWriter out) {
        return new ConsoleProgress(out, System.console() != null, LONG_STAGE);
    }

    @Override
    public void stageStarted(String name, int count) {
        stage = name;
        done.set(0);
        items = count >= threshold ? count : 0;
        if (items == 0) {
            return;
        }
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(count).setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(100).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        } else {
            line(0);
        }
    }

    @Override
    public void waiting(String why) {
        synchronized (out) {
            out.println(Character.toUpperCase(why.charAt(0)) + why.substring(1) + " …");
            out.flush();
        }
    }

    @Override
    public void itemDone() {
        if (items == 0) {
            return;
        }
        int n = done.incrementAndGet();
        ProgressBar current = bar;
        if (current != null) {
            current.step();
        } else if (n < items && n % Math.max(1, items / 4) == 0) {
            line(n); // a quarter further; the last line comes with the stage's time
        }
    }

    @Override
    public void stageFinished(String name, long millis) {
        if (items == 0) {
            return;
        }
        ProgressBar current = bar;
        if (current != null) {
            current.stepTo(items);
            current.close();
            bar = null;
        } else {
            synchronized (out) {
                out.printf(Locale.ROOT, "%s: %d/%d in %.1f s%n", stage, items, items, millis / 1000.0);
                out.flush();
            }
        }
        items = 0;
    }

    private void line(int n) {
        synchronized (out) {
            out.printf(Locale.ROOT, "%s: %d/%d%n", stage, n, items);
            out.flush();
        }
    }
}
