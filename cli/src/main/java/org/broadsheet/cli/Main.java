package org.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildClock;
import org.broadsheet.BuildProgress;
import org.broadsheet.BuildRequest;
import org.broadsheet.BuildResult;
import org.broadsheet.FailedBuild;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problem;
import org.broadsheet.source.FileNames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: {@code broadsheet build [--source DIR] [--output DIR] [--drafts] [--future]},
 * and {@code new}, {@code serve} and {@code check} (each in its own class). Exit code 0 on success, 1 when the site has errors (each printed to stderr as file:line: message),
 * 2 when the command itself is wrong.
 */
@Command(name = "broadsheet", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds a static news site from Markdown articles and FreeMarker templates.")
public final class Main implements Runnable {

    static final int OK = 0;
    static final int BUILD_FAILED = 1;
    static final int USAGE = 2;

    /** The commands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(Build.class, RepliesCommand.class, NewCommand.class,
            ServeCommand.class, CheckCommand.class, ThemeCommand.class, ImportCommand.class, CommandLine.HelpCommand.class);

    /**
     * Whether this JVM runs one command and ends, as {@code java -jar} does: not a test, not a
     * plugin. Only then may a build change how the whole JVM compiles ({@link QuickCompilation}).
     */
    private final boolean ownProcess;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Main(boolean ownProcess) {
        this.ownProcess = ownProcess;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), true));
    }

    /** Runs a command line with the given output streams, inside a JVM that goes on; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, false);
    }

    /** @param ownProcess whether the JVM ends with the command, as with {@code java -jar} */
    private static int run(String[] args, PrintWriter out, PrintWriter err, boolean ownProcess) {
        Optional<String> unreadable = unreadable(args, FileNames.ofThisSystem());
        if (unreadable.isPresent()) {
            err.println("broadsheet: " + unreadable.get());
            return USAGE;
        }
        CommandLine cli = new CommandLine(new Main(ownProcess));
        subcommandsFor(args).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("broadsheet: " + e.getMessage());
            if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
                CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
            }
            // the help of the command that was given: its options are what the reader got wrong
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return USAGE;
        });
        return cli.execute(args);
    }

    /**
     * Why an argument, or the current folder, would not be read as written under this locale
     * (Java decodes both as it decodes file names); empty when they are.
     */
    private static Optional<String> unreadable(String[] args, FileNames names) {
        for (String arg : args) {
            Optional<String> problem = names.unreadable(arg);
            if (problem.isPresent()) {
                return Optional.of("\"" + FileNames.shown(arg) + "\" cannot be read: " + problem.get());
            }
        }
        String here = System.getProperty("user.dir", "");
        return names.unreadable(here).map(problem -> "the current folder " + FileNames.shown(here) + " cannot be read: "
                + problem);
    }

    /**
     * The commands a command line needs: only the one it names ({@code build ...}), none for
     * {@code --version}, and all of them for help and for mistakes, which list them. picocli
     * builds the model of every command it is given, a tenth of a second for all of them, on
     * every start.
     */
    private static List<Class<?>> subcommandsFor(String[] args) {
        String first = args.length > 0 ? args[0] : "";
        if (first.equals("--version") || first.equals("-V")) {
            return List.of();
        }
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(first)).toList();
        return named.isEmpty() || first.equals("help") ? SUBCOMMANDS : named;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code progress}, which in a JVM of its own also asks for quick compilation when the build
     * is of a size that gains from it ({@link QuickCompilation}).
     */
    BuildProgress compiling(BuildProgress progress) {
        return ownProcess ? QuickCompilation.watching(progress) : progress;
    }

    /** Whether {@code source} is a folder; when not, says so on {@code err}. */
    static boolean isFolder(Path source, PrintWriter err) {
        if (Files.isDirectory(source)) {
            return true;
        }
        err.println("broadsheet: " + source + " is not a folder; --source names the site folder");
        return false;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Broadsheet " + Broadsheet.version()};
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Renders the site folder into a static site (by default into its site/ folder).")
    static final class Build implements Callable<Integer> {

        /** Warnings printed before the rest are counted. */
        static final int WARNINGS = 20;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        Main main;

        @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the current folder).")
        Path source = Path.of(".");

        @Option(names = {"-d", "--destination", "--output"}, paramLabel = "DIR",
                description = "Where to write the site (default: the site folder's site/).")
        Path output;

        @Option(names = {"-D", "--drafts"}, description = "Publish articles marked draft: true as well.")
        boolean drafts;

        @Option(names = {"-F", "--future"}, description = "Publish articles dated in the future (scheduled) as well.")
        boolean future;

        @CommandLine.Mixin
        BaseUrlOption baseUrl;

        @CommandLine.Mixin
        EnvironmentOption environment;

        @Option(names = {"-v", "--verbose"}, description = "Print the time and memory of every stage.")
        boolean verbose;

        @Option(names = {"-q", "--quiet"}, description = "Print errors only.")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Main.isFolder(source, err)) {
                return Main.USAGE;
            }
            BuildProgress progress = quiet ? BuildProgress.NONE : ConsoleProgress.to(out);
            BuildRequest request = new BuildRequest(source, output != null ? output : source.resolve("site"),
                    drafts, future, BuildClock.now(), main.compiling(progress)).withBaseUrl(baseUrl.baseUrl)
                    .inEnvironment(environment.name());
            String before = Broadsheet.siteIn(request.output());
            try {
                BuildResult result = Broadsheet.build(request);
                if (!quiet) {
                    printWarnings(result.warnings(), err);
                    if (verbose) {
                        result.stages().forEach(s -> out.printf("  %-24s %6d ms %6d MiB heap%n", s.stage(), s.millis(), s.heapMiB()));
                        out.println("  " + result.work().cache());
                        out.printf("  rendered %d of %d files; %d changed in the output%n", result.work().rendered(),
                                result.work().files(), result.work().changed());
                    }
                    localBaseUrl(request).ifPresent(err::println);
                    out.println(result.summary());
                    result.nextScheduled().ifPresent(next -> out.println("Next scheduled article: " + next));
                    result.nextExpiry().ifPresent(next -> out.println("Next article to expire: " + next));
                }
                return OK;
            } catch (BuildFailedException e) {
                e.problems().stream().filter(p -> p.isError() || !quiet).map(Problem::toString).forEach(err::println);
                err.println(FailedBuild.summary(e, request.output(), before));
                return BUILD_FAILED;
            }
        }

        /**
         * The warnings, each on a line: all of them with --verbose, else the first {@value #WARNINGS}
         * and a count, so a site with thousands of missing images still shows its summary.
         */
        private void printWarnings(List<Problem> warnings, PrintWriter err) {
            int shown = verbose ? warnings.size() : Math.min(WARNINGS, warnings.size());
            warnings.subList(0, shown).forEach(err::println);
            if (shown < warnings.size()) {
                err.println("… and " + (warnings.size() - shown) + " more warnings (--verbose shows them all)");
            }
        }

        /**
         * A warning when the site was built for this machine's address (the default base URL, or
         * one written so): its canonical links, sitemap and feeds would point there once deployed.
         */
        static Optional<String> localBaseUrl(BuildRequest request) {
            SiteConfig config = Broadsheet.config(request);
            if (!config.baseUrl().isLocal()) {
                return Optional.empty();
            }
            return Optional.of(SiteConfig.FILE + ": warning: the site is built for " + config.baseUrl().origin()
                    + ", so its canonical links, sitemap and feeds point at this machine; set baseUrl in "
                    + SiteConfig.FILE + ", or pass --base-url URL, before you deploy it");
        }
    }
}
