package org.broadsheet;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.broadsheet.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet serve [--source DIR] [--port N] [--drafts] [--future]}: the dev server, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the site, serves it on 127.0.0.1, and rebuilds and reloads open pages after each save.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--drafts", description = "Show articles marked draft: true as well.")
    boolean drafts;

    @Option(names = "--future", description = "Show articles dated in the future (scheduled) as well.")
    boolean future;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(source)) {
            err.println("broadsheet: " + source + " is not a folder; --source names the site folder");
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("broadsheet: --port " + port + " is not a port number (1 to 65535)");
            return Main.USAGE;
        }
        DevServer server;
        try {
            server = DevServer.start(new DevServer.Options(source, port, drafts, future, Main.Build::now,
                    ConsoleProgress.to(out), line -> {
                        out.println(line);
                        out.flush();
                    }));
        } catch (BindException e) {
            err.println("broadsheet: port " + port + " on 127.0.0.1 is already in use (is another server running?); "
                    + "stop it or choose another port with --port N");
            return Main.BUILD_FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        out.println("Serving " + server.url() + " (Ctrl+C to stop). Watching content/, templates/ and "
                + "broadsheet.yml; pages reload after each save.");
        out.flush();
        server.awaitClose();
        return Main.OK;
    }
}
