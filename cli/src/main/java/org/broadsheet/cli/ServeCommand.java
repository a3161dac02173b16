package org.broadsheet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.broadsheet.BuildClock;
import org.broadsheet.Broadsheet;
import org.broadsheet.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet serve [--source DIR] [--port N] [--drafts] [--future]}: the dev server, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Builds the site, serves it on 127.0.0.1 (or --bind ADDRESS), and rebuilds and reloads open pages after each save.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--source"}, paramLabel = "DIR", description = "The site folder (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: "
            + "${DEFAULT-VALUE}); 0.0.0.0, or this machine's address, lets a phone on the network open the preview.")
    String bind = "127.0.0.1";

    @Option(names = {"-D", "--drafts"}, description = "Show articles marked draft: true as well.")
    boolean drafts;

    @Option(names = {"-F", "--future"}, description = "Show articles dated in the future (scheduled) as well.")
    boolean future;

    @CommandLine.Mixin
    EnvironmentOption environment;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Main.isFolder(source, err)) {
            return Main.USAGE;
        }
        if (port < 0 || port > 65535) {
            err.println("broadsheet: --port " + port + " is not a port number (1 to 65535)");
            return Main.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            err.println("broadsheet: --bind " + bind + " is not an address of this machine (such as 127.0.0.1 or 0.0.0.0)");
            return Main.USAGE;
        }
        DevServer server;
        try {
            server = DevServer.start(new DevServer.Options(source, port, drafts, future, BuildClock::now,
                    ConsoleProgress.to(out), line -> {
                        out.println(line);
                        out.flush();
                    }, address, environment.name()));
        } catch (BindException e) {
            err.println("broadsheet: port " + port + " on " + bind + " is already in use (is another server running?); "
                    + "stop it or choose another port with --port N"
                    + (address.isLoopbackAddress() || address.isAnyLocalAddress() ? "" : ", or check that " + bind
                    + " is an address of this machine"));
            return Main.BUILD_FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
        }));
        if (!address.isLoopbackAddress()) {
            out.println("Listening on " + bind + ": anyone on this network can read the preview, drafts included.");
        }
        out.println("Serving " + server.url() + " (Ctrl+C to stop). " + watching() + "; pages reload after each save.");
        out.flush();
        server.awaitClose();
        return Main.OK;
    }

    /** The folders and files the server watches, as paths from the working folder: {@code mysite/content/}. */
    private String watching() {
        Path here = Path.of("").toAbsolutePath();
        Path site = source.toAbsolutePath().normalize();
        String prefix = site.equals(here) ? "" : (site.startsWith(here) ? here.relativize(site) : site) + "/";
        return "Watching " + String.join(", ", Broadsheet.FOLDERS.stream().map(f -> prefix + f + "/").toList())
                + " and " + prefix + "broadsheet*.yml";
    }
}
