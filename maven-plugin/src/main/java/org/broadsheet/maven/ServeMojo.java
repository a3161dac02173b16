package org.broadsheet.maven;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.BuildClock;
import org.broadsheet.BuildRequest;
import org.broadsheet.serve.DevServer;

/**
 * {@code mvn broadsheet:serve}: the dev server of {@code broadsheet serve}. It builds the site,
 * serves it, and rebuilds and reloads open pages after each save, until Ctrl+C. It builds into
 * its own folder under {@code .broadsheet/}, for the site's own base path, so it takes no
 * {@code outputDirectory} or {@code baseUrl}.
 */
@Mojo(name = "serve", requiresDirectInvocation = true, threadSafe = true)
public final class ServeMojo extends SiteMojo {

    /** The port. */
    @Parameter(property = "broadsheet.port", defaultValue = "8080")
    int port;

    /** The address to listen on; 0.0.0.0, or this machine's address, lets a phone on the network open the preview. */
    @Parameter(property = "broadsheet.bind", defaultValue = "127.0.0.1")
    String bind;

    @Override
    void run(BuildRequest request) throws IOException, MojoExecutionException {
        DevServer server;
        try {
            server = DevServer.start(options(request));
        } catch (BindException e) {
            throw new MojoExecutionException("port " + port + " on " + bind + " is already in use (is another server "
                    + "running?); stop it or choose another port with -Dbroadsheet.port=N", e);
        }
        // Ctrl+C ends Maven's JVM without returning here: stop watching and serving on the way out.
        Thread stop = new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // stopping anyway
            }
        });
        Runtime.getRuntime().addShutdownHook(stop);
        getLog().info("Serving " + server.url() + " (Ctrl+C to stop); pages reload after each save.");
        try {
            server.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the server is started with: the request's site and publishing choices, the port and address, Maven's log. */
    DevServer.Options options(BuildRequest request) throws MojoExecutionException {
        if (port < 0 || port > 65535) {
            throw new MojoExecutionException("port " + port + " is not a port number (1 to 65535)");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new MojoExecutionException("bind " + bind + " is not an address of this machine (such as 127.0.0.1 "
                    + "or 0.0.0.0)", e);
        }
        return new DevServer.Options(request.siteRoot(), port, request.includeDrafts(), request.includeFuture(),
                BuildClock::now, request.progress(), getLog()::info, address, request.environment());
    }
}
