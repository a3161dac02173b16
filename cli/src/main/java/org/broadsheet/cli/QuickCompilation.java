package org.broadsheet.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildProgress;

/**
 * Has the JVM compile Broadsheet's code with its quick compiler only (C1), for a build of fewer
 * than 20,000 articles that runs as a process of its own on a machine of few cores.
 *
 * <p>A build touches a lot of code once or a few thousand times: flexmark, SnakeYAML, FreeMarker
 * and ours. HotSpot's optimising compiler (C2) spends its effort on that code, and on two
 * cores it takes a core from the build for most of a build of 10,000 articles. Compiled by C1
 * alone, the code runs slower but is ready at once, which takes a large part off the CPU time
 * of such a build on a machine with few cores (the measurements are in
 * docs/content/performance.md, "Where the time goes"). The JVM's flag for this ({@code -XX:TieredStopAtLevel=1}) cannot be given from
 * inside {@code java -jar}, so the same is asked of the running JVM with a compiler directive
 * that excludes every method from C2.
 *
 * <p>Only between those sizes: in a longer build C2's faster code pays for its compiling. Small
 * sites gain too, since C2 would compile the start-up's hot code on the core the build needs.
 * Not for the dev server, which rebuilds for hours, nor where more cores leave C2 room. {@code -Dbroadsheet.compiler=full} keeps the
 * JVM's own choice. The launcher {@code target/broadsheet} asks the JVM for C1 alone from the
 * start instead ({@code -XX:TieredStopAtLevel=1}), by the same rule, and says so with
 * {@code -Dbroadsheet.compiler=c1}.
 */
public final class QuickCompilation {

    /** Markdown files from which C2's faster code pays for its compiling. */
    public static final int UNTIL = 20_000;
    /** Cores up to which C2 competes with the build's own threads. */
    public static final int FEW_CORES = 4;

    /**
     * What the launcher (src/main/sh/broadsheet) says when it started the JVM with
     * {@code -XX:TieredStopAtLevel=1}, having counted fewer than {@link #UNTIL} articles itself.
     */
    static final String C1_FROM_THE_START = "c1";

    private static final String EXCLUDE_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private QuickCompilation() {
    }

    /**
     * {@code progress}, which also asks for quick compilation in the background when the
     * build's Markdown stage starts with fewer than 20,000 files and the machine has few cores; the
     * build need not wait for it. A build with nothing to do never gets there, and asks nothing.
     */
    static BuildProgress watching(BuildProgress progress) {
        String compiler = System.getProperty("broadsheet.compiler", "");
        if (compiler.equals("full") || compiler.equals(C1_FROM_THE_START)
                || Runtime.getRuntime().availableProcessors() > FEW_CORES) {
            return progress;
        }
        return new BuildProgress() {
            @Override
            public void stageStarted(String stage, int items) {
                if (stage.equals(Broadsheet.READING) && isWorthIt(items)) {
                    Thread thread = new Thread(QuickCompilation::excludeC2, "broadsheet-compiler");
                    thread.setDaemon(true);
                    thread.start();
                }
                progress.stageStarted(stage, items);
            }

            @Override
            public void itemDone() {
                progress.itemDone();
            }

            @Override
            public void stageFinished(String stage, long millis) {
                progress.stageFinished(stage, millis);
            }
        };
    }

    /** Whether a build that reads {@code articles} Markdown files gains from C1 alone. */
    static boolean isWorthIt(int articles) {
        return articles < UNTIL;
    }

    /** Adds the directive through the JVM's diagnostic commands; a JVM without them keeps its way. */
    private static void excludeC2() {
        Path directives = null;
        try {
            directives = Files.createTempFile("broadsheet-compiler", ".json");
            Files.writeString(directives, EXCLUDE_C2);
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {directives.toString()}}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // an optimisation only: another JVM, or one without management, builds as it is
        } finally {
            if (directives != null) {
                try {
                    Files.deleteIfExists(directives);
                } catch (IOException e) {
                    // a temporary file of 50 bytes
                }
            }
        }
    }
}
