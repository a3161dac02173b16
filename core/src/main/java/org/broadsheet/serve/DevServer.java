package org.broadsheet.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.broadsheet.BuildProgress;
import org.broadsheet.BuildRequest;

/**
 * {@code broadsheet serve}: builds the site, serves it on 127.0.0.1 under its base path,
 * and after each save rebuilds and reloads open pages. Builds go through the facade into
 * {@code .broadsheet/serve/site} inside the site folder, never into {@code site/}.
 */
public final class DevServer implements AutoCloseable {

    /** The private output folder, relative to the site folder. */
    public static final String OUTPUT = ".broadsheet/serve/site";

    /**
     * @param siteRoot the site folder
     * @param port     the port on 127.0.0.1; 0 picks a free one
     * @param drafts   include drafts
     * @param future   include articles dated in the future
     * @param clock    each build's "now"
     * @param progress shown during builds
     * @param log      receives one line per build: its summary, or its problems
     * @param bind     the address to listen on: loopback, or another (all addresses, 0.0.0.0, or one
     *                 of this machine's) to preview on a phone or another computer of the network
     * @param environment the environment whose settings are read over {@code broadsheet.yml}, or null
     */
    public record Options(Path siteRoot, int port, boolean drafts, boolean future, Supplier<Instant> clock,
            BuildProgress progress, Consumer<String> log, InetAddress bind, String environment) {

        /** Options for a server on 127.0.0.1. */
        public Options(Path siteRoot, int port, boolean drafts, boolean future, Supplier<Instant> clock,
                BuildProgress progress, Consumer<String> log) {
            this(siteRoot, port, drafts, future, clock, progress, log, InetAddress.getLoopbackAddress(), null);
        }
    }

    private final HttpServer http;
    private final SiteBuilds builds;
    private final SiteWatcher watcher;
    private final LiveReload reload;
    private final ExecutorService workers;
    private final ScheduledExecutorService pings;
    private final CountDownLatch closed = new CountDownLatch(1);

    private DevServer(HttpServer http, SiteBuilds builds, SiteWatcher watcher, LiveReload reload,
            ExecutorService workers, ScheduledExecutorService pings) {
        this.http = http;
        this.builds = builds;
        this.watcher = watcher;
        this.reload = reload;
        this.workers = workers;
        this.pings = pings;
    }

    /**
     * Binds the port, builds the site once and starts serving and watching.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(Options options) throws IOException {
        Path root = options.siteRoot().toAbsolutePath().normalize();
        HttpServer http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        BuildRequest request = new BuildRequest(root, root.resolve(OUTPUT), options.drafts(), options.future(),
                options.clock().get(), options.progress()).inEnvironment(options.environment());
        LiveReload reload = new LiveReload();
        SiteBuilds builds = new SiteBuilds(request, options.clock(), options.log(), reload::announce, reload::openPages);
        SiteWatcher watcher;
        try {
            // Watch before the first build, so a save during it is not missed.
            watcher = SiteWatcher.start(root, builds::rebuild);
        } catch (IOException e) {
            http.stop(0);
            throw e;
        }
        builds.rebuild(Set.of());
        ExecutorService workers = Executors.newFixedThreadPool(8, daemon("broadsheet-http"));
        http.setExecutor(workers);
        http.createContext("/", new SiteHandler(builds.output(), builds::state, reload, !options.bind().isLoopbackAddress()));
        http.start();
        ScheduledExecutorService pings = Executors.newSingleThreadScheduledExecutor(daemon("broadsheet-ping"));
        pings.scheduleAtFixedRate(reload::ping, 15, 15, TimeUnit.SECONDS);
        return new DevServer(http, builds, watcher, reload, workers, pings);
    }

    /** The port it listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /**
     * The site's home page on this server: {@code http://127.0.0.1:8080/news/}, or at the address
     * it was bound to when that is one address of the network.
     */
    public URI url() {
        InetAddress address = http.getAddress().getAddress();
        String host = address.isLoopbackAddress() || address.isAnyLocalAddress() ? "127.0.0.1"
                : address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return URI.create("http://" + host + ":" + port() + builds.state().basePath());
    }

    /** Waits until the server is closed. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        pings.shutdownNow();
        reload.closeAll();
        http.stop(0);
        workers.shutdownNow();
        closed.countDown();
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
