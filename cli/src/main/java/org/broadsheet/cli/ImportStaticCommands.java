package org.broadsheet.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.broadsheet.importing.staticsite.StaticSiteImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet import jekyll DIR} and {@code broadsheet import hugo DIR}, subcommands of {@link ImportCommand}. */
final class ImportStaticCommands {

    private ImportStaticCommands() {
    }

    /** What both importers share: the folders, the run and the report. */
    abstract static class SiteImport implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The site folder to import from.")
        Path dir;

        @Option(names = "--into", paramLabel = "SITE", description = "The Broadsheet site folder to import into (default: the current folder).")
        Path into = Path.of(".");

        abstract StaticSiteImport.Source source();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(dir)) {
                err.println("broadsheet: " + dir + " is not a folder");
                return Main.USAGE;
            }
            try {
                StaticSiteImport.Report report = StaticSiteImport.run(source(), dir, into);
                report.kept().forEach(path -> out.println(path + ": exists already, left as it was"));
                report.leftover().forEach(out::println);
                report.undescribed().forEach(out::println);
                out.println("Imported " + report.copied().size() + " files into " + into.resolve("content") + "; "
                        + report.kept().size() + " left as they were; " + report.leftover().size()
                        + " tags or shortcodes to rewrite by hand; " + report.undescribed().size()
                        + " images to describe; " + report.aliased().size() + " old URLs kept as aliases.");
                return 0;
            } catch (UncheckedIOException e) {
                err.println("broadsheet: the import stopped: " + e.getCause().getMessage());
                return 1;
            }
        }
    }

    @Command(name = "jekyll", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Copies a Jekyll site's _posts, _drafts, top-level pages, assets/ and images/, rewriting the common Liquid tags and keeping old URLs as aliases.")
    static final class Jekyll extends SiteImport {
        @Override
        StaticSiteImport.Source source() {
            return StaticSiteImport.Source.JEKYLL;
        }
    }

    @Command(name = "hugo", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Copies a Hugo site's content/ and static/, rewriting the common shortcodes and keeping old URLs as aliases.")
    static final class Hugo extends SiteImport {
        @Override
        StaticSiteImport.Source source() {
            return StaticSiteImport.Source.HUGO;
        }
    }
}
