package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.broadsheet.comments.Reply;
import org.broadsheet.intake.IntakeServer;
import org.broadsheet.moderation.Moderation;
import org.broadsheet.moderation.ReplyQueue;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code broadsheet replies serve|list|approve|reject}: the reply intake server and moderation
 * from the command line. Exit codes as for {@code build}: 0 done, 1 something could not be done
 * (each printed to stderr), 2 a wrong command line.
 */
@Command(name = "replies", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Takes readers' replies and moderates them.",
        subcommands = {RepliesCommand.Serve.class, RepliesCommand.ListQueue.class, RepliesCommand.Approve.class,
                RepliesCommand.Reject.class})
final class RepliesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options every subcommand has. */
    abstract static class SiteCommand implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the current folder).")
        Path source = Path.of(".");

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        @Override
        public Integer call() {
            if (!Main.isFolder(source, err())) {
                return Main.USAGE;
            }
            try {
                return work();
            } catch (IOException e) {
                err().println("broadsheet: " + e.getMessage());
                return Main.BUILD_FAILED;
            }
        }

        abstract int work() throws IOException;

        /** Moderates each id, reporting each outcome; 1 if any failed. */
        int moderate(List<String> ids, Step step) {
            Moderation moderation = new Moderation(source);
            int failed = 0;
            for (String id : ids) {
                Moderation.Outcome outcome;
                try {
                    outcome = step.apply(moderation, id);
                } catch (IOException e) {
                    outcome = new Moderation.Outcome(id, false, e.getMessage());
                }
                if (outcome.done()) {
                    out().println(safe(id) + ": " + safe(outcome.message()));
                } else {
                    err().println("broadsheet: " + safe(id) + ": " + safe(outcome.message()));
                    failed++;
                }
            }
            return failed == 0 ? Main.OK : Main.BUILD_FAILED;
        }
    }

    /** Approve or reject. */
    @FunctionalInterface
    interface Step {
        Moderation.Outcome apply(Moderation moderation, String id) throws IOException;
    }

    /**
     * Text from a reply made safe for a terminal: control characters (which could move the
     * cursor or change colours), C1 controls and the marks that reverse text become '?'.
     */
    static String safe(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0080-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]", "?");
    }

    @Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Takes the reply form's posts into the moderation queue (replies/queue/) until stopped.")
    static final class Serve extends SiteCommand {
        @Option(names = "--host", paramLabel = "HOST", description = "Where to listen (default: comments.intake.host, else 127.0.0.1).")
        String host;

        @Option(names = "--port", paramLabel = "PORT", description = "The port (default: comments.intake.port, else 8091; 0 picks a free one).")
        Integer port;

        @Override
        int work() {
            IntakeServer server;
            try {
                server = IntakeServer.start(source, host, port);
            } catch (IntakeServer.StartException e) {
                e.getMessage().lines().forEach(line -> err().println("broadsheet: " + line));
                return Main.BUILD_FAILED;
            }
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                stopped.countDown();
            }));
            out().println("Taking replies to " + server.articles() + " articles at " + server.url()
                    + " (the form posts to " + server.endpoint() + "); Ctrl-C stops.");
            out().flush();
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Main.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Lists the replies waiting for moderation, oldest first, in full.")
    static final class ListQueue extends SiteCommand {
        private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

        @Override
        int work() throws IOException {
            List<ReplyQueue.Entry> entries = new ReplyQueue(source).list();
            int broken = 0;
            for (ReplyQueue.Entry entry : entries) {
                if (entry.reply().isEmpty()) {
                    err().println(safe(entry.problem()));
                    broken++;
                    continue;
                }
                var read = entry.reply().get();
                Reply r = read.reply();
                out().println(entry.id() + "  " + safe(read.article()) + "  " + WHEN.format(r.date()));
                out().println("  From: " + safe(r.name()) + " <" + safe(read.privateFields()
                        .getOrDefault("email", "")) + ">" + (r.website().isEmpty() ? "" : " " + safe(r.website()))
                        + (read.privateFields().containsKey("client") ? " from " + safe(read.privateFields().get("client")) : ""));
                if (!r.replyTo().isEmpty()) {
                    out().println("  In reply to: " + safe(r.replyTo()));
                }
                r.body().strip().lines().forEach(line -> out().println("  | " + safe(line)));
                out().println();
            }
            int waiting = entries.size() - broken;
            out().println(waiting == 0 ? "No replies are waiting for moderation."
                    : waiting + (waiting == 1 ? " reply is" : " replies are") + " waiting for moderation: "
                            + "broadsheet replies approve ID… or reject ID…");
            return broken == 0 ? Main.OK : Main.BUILD_FAILED;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Publishes replies with the next build: moves them to comments/<article id>/.")
    static final class Approve extends SiteCommand {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "The ids that `replies list` shows.")
        List<String> ids;

        @Override
        int work() {
            return moderate(ids, Moderation::approve);
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Deletes replies from the queue, email addresses and all.")
    static final class Reject extends SiteCommand {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "The ids that `replies list` shows.")
        List<String> ids;

        @Override
        int work() {
            return moderate(ids, Moderation::reject);
        }
    }
}
