package org.broadsheet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.broadsheet.scaffold.ScaffoldException;
import org.broadsheet.scaffold.ThemeFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet theme list} and {@code broadsheet theme eject article.ftlh}. */
@Command(name = "theme", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Lists the built-in theme's templates, assets and texts, or copies one into the site to change it.",
        subcommands = {ThemeCommand.ListFiles.class, ThemeCommand.Eject.class})
final class ThemeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: theme list, or theme eject FILE");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Lists the built-in theme's files, as theme eject names them.")
    static final class ListFiles implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ThemeFiles.list().forEach(spec.commandLine().getOut()::println);
            return Main.OK;
        }
    }

    @Command(name = "eject", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Copies built-in theme files into the site's templates/ (or i18n/) to customise; "
                    + "never overwrites a file the site has.")
    static final class Eject implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "article.ftlh, partials/footer.ftlh, "
                + "assets/broadsheet.css, i18n/es.yml… (theme list names them all)")
        List<String> names;

        @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the current folder).")
        Path source = Path.of(".");

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Main.isFolder(source, err)) {
                return Main.USAGE;
            }
            int failed = 0;
            for (String name : names) {
                try {
                    out.println("Created " + ThemeFiles.eject(source, name));
                } catch (ScaffoldException e) {
                    err.println("broadsheet: " + e.getMessage());
                    failed++;
                }
            }
            return failed == 0 ? Main.OK : Main.BUILD_FAILED;
        }
    }
}
