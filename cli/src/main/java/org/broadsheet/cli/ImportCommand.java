package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.broadsheet.BuildClock;
import org.broadsheet.importing.wordpress.WordPressImport;
import org.broadsheet.importing.wordpress.WxrException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet import wordpress EXPORT.xml}; other sources are subcommands beside it. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Brings an existing site's content into a Broadsheet site folder.",
        subcommands = {ImportCommand.WordPress.class, ImportStaticCommands.Jekyll.class, ImportStaticCommands.Hugo.class})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to import from: import wordpress EXPORT.xml, import jekyll DIR or import hugo DIR");
    }

    @Command(name = "wordpress", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
            description = "Imports a WordPress export (Tools > Export, WXR): posts, pages, authors, comments; "
                    + "never overwrites a file; prints a report.")
    static final class WordPress implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "EXPORT.xml", description = "The export file.")
        Path export;

        @Option(names = "--site", paramLabel = "DIR", description = "The new site's folder (default: site-from-wordpress).")
        Path site;

        @Option(names = "--into", paramLabel = "DIR", description = "An existing site folder to import into.")
        Path into;

        @Option(names = "--media", paramLabel = "DIR", description = "A copy of wp-content/uploads: the files articles use are copied beside them.")
        Path media;

        @Option(names = "--section-map", paramLabel = "CATEGORY=SECTION", split = ",",
                description = "The section of posts whose first category is CATEGORY (its slug), e.g. noticias=world.")
        List<String> sectionMap = List.of();

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (site != null && into != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give --site for a new site or --into for an existing one, not both");
            }
            Map<String, String> sections = new LinkedHashMap<>();
            for (String pair : sectionMap) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--section-map " + pair + ": write CATEGORY=SECTION");
                }
                sections.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
            Path folder = into != null ? into : site != null ? site : Path.of("site-from-wordpress");
            try {
                var report = new WordPressImport().run(new WordPressImport.Options(export, folder, into != null,
                        Optional.ofNullable(media), sections, BuildClock.now().atZone(ZoneId.systemDefault())));
                spec.commandLine().getOut().print(report.text());
                spec.commandLine().getOut().println("Next: broadsheet build --source " + folder);
                spec.commandLine().getOut().flush();
                return Main.OK;
            } catch (WxrException | WordPressImport.SiteException e) {
                err.println("broadsheet: " + e.getMessage());
                return Main.BUILD_FAILED;
            } catch (IOException e) {
                err.println("broadsheet: the import stopped: " + e.getMessage());
                return Main.BUILD_FAILED;
            }
        }
    }
}
