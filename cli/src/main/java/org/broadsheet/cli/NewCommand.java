package org.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.broadsheet.BuildClock;
import org.broadsheet.Broadsheet;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.scaffold.ArticleScaffold;
import org.broadsheet.scaffold.ScaffoldException;
import org.broadsheet.scaffold.SiteScaffold;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet new site DIR} and {@code broadsheet new article "Title" --section world}. */
@Command(name = "new", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Creates a new site folder, or a new article in a site.",
        subcommands = {NewCommand.NewSite.class, NewCommand.NewArticle.class})
final class NewCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to create: new site DIR, or new article \"Title\"");
    }

    @Command(name = "site", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Creates a site folder that builds as it is: settings, a sample article, templates/, .gitignore.")
    static final class NewSite implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The new site's folder; it must not exist or be empty.")
        Path dir;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                // The machine's zone is only a starting point, written into broadsheet.yml: builds never read it.
                SiteScaffold.create(dir, BuildClock.now().atZone(ZoneId.systemDefault()))
                        .forEach(file -> out.println("Created " + file));
                out.println("Next: cd " + dir + " && broadsheet serve");
                return Main.OK;
            } catch (ScaffoldException e) {
                spec.commandLine().getErr().println("broadsheet: " + e.getMessage());
                return Main.BUILD_FAILED;
            }
        }
    }

    @Command(name = "article", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Writes content/SECTION/<slug>.md as a draft with its front matter filled in, and prints its path.")
    static final class NewArticle implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "TITLE", description = "The headline; the file name is made from it.")
        String title;

        @Option(names = "--section", required = true, paramLabel = "SECTION", description = "The section, e.g. world.")
        String section;

        @Option(names = "--lang", paramLabel = "TAG", description = "The article's language, e.g. es-VE (default: the site's).")
        String lang = "";

        @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the current folder).")
        Path source = Path.of(".");

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(source.resolve(SiteConfig.FILE)) && !Files.isDirectory(source.resolve("content"))) {
                err.println("broadsheet: " + source.toAbsolutePath().normalize() + " is not a site folder (it has no "
                        + SiteConfig.FILE + " or content/); run this in a site folder or give --source DIR");
                return Main.USAGE;
            }
            try {
                SiteConfig config = Broadsheet.config(source);
                String file = ArticleScaffold.create(source, title, section, lang,
                        BuildClock.now().atZone(config.timezone()));
                spec.commandLine().getOut().println(source.resolve(file).normalize());
                return Main.OK;
            } catch (BuildFailedException e) {
                e.problems().forEach(err::println);
                return Main.BUILD_FAILED;
            } catch (ScaffoldException e) {
                err.println("broadsheet: " + e.getMessage());
                return Main.BUILD_FAILED;
            }
        }
    }
}
