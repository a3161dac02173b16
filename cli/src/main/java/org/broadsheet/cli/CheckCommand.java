package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.broadsheet.BuildClock;
import org.broadsheet.BuildProgress;
import org.broadsheet.BuildRequest;
import org.broadsheet.FailedBuild;
import org.broadsheet.check.SiteCheck;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code broadsheet check [--source DIR] [--warnings-as-errors]}: builds the site into a
 * temporary folder and reports what is wrong with the result, one {@code file:line: message}
 * a line. Exit code 1 when it finds errors (or warnings, with {@code --warnings-as-errors}).
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the site into a temporary folder and reports broken links and anchors, missing images "
                + "and files, images without alt text, pages nothing links to, duplicate titles and broken feeds, and "
                + "readers' replies (replies/) that the site or git would publish.")
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = {"-D", "--drafts"}, description = "Check articles marked draft: true as well.")
    boolean drafts;

    @Option(names = {"-F", "--future"}, description = "Check articles dated in the future (scheduled) as well.")
    boolean future;

    @CommandLine.Mixin
    BaseUrlOption baseUrl;

    @CommandLine.Mixin
    EnvironmentOption environment;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only: no progress, warnings or summary.")
    boolean quiet;

    @Option(names = "--warnings-as-errors", description = "Exit with 1 on warnings too, for CI.")
    boolean warningsAsErrors;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Main.isFolder(source, err)) {
            return Main.USAGE;
        }
        // Progress goes to stderr: stdout is the report, which CI may read or grep.
        BuildProgress progress = quiet ? BuildProgress.NONE : ConsoleProgress.to(err);
        BuildRequest request = new BuildRequest(source, source.resolve("site"), drafts, future, BuildClock.now(),
                main.compiling(progress)).withBaseUrl(baseUrl.baseUrl).inEnvironment(environment.name());
        SiteCheck.Report report;
        try {
            report = SiteCheck.run(request);
        } catch (BuildFailedException e) {
            e.problems().stream().filter(p -> p.isError() || !quiet).forEach(err::println);
            err.println(FailedBuild.ofCheck(e));
            return Main.BUILD_FAILED;
        }
        report.problems().stream().filter(p -> p.isError() || !quiet).map(Problem::toString).forEach(out::println);
        if (quiet) {
            return exitCode(report);
        }
        out.println(report.summary());
        return exitCode(report);
    }

    private int exitCode(SiteCheck.Report report) {
        return report.errors() > 0 || (warningsAsErrors && report.warnings() > 0) ? Main.BUILD_FAILED : Main.OK;
    }
}
