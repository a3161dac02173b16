package org.broadsheet.intake;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.broadsheet.comments.ReplySettings;
import org.broadsheet.comments.ReplySettingsLoader;
import org.broadsheet.comments.ReplyTargets;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.moderation.ReplyQueue;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;

/**
 * {@code broadsheet replies serve}: the JDK's own HTTP server ({@code com.sun.net.httpserver})
 * with a bounded pool of worker threads and a bounded queue of waiting connections, answering
 * at the path of {@code comments.endpoint}. When every worker is busy and the queue is full, a
 * new connection is closed at once rather than piling up. Reads the site's settings once at
 * start and the list of articles whenever a build changes it.
 */
public final class IntakeServer implements AutoCloseable {

    /** Workers: the work is mostly waiting for the disk (fsync), so more than the cores. */
    private static final int THREADS = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** Connections waiting for a worker before new ones are turned away. */
    private static final int WAITING = 1024;

    /** Why the server cannot start, in sentences for the command line. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;

        StartException(String message) {
            super(message);
        }
    }

    /**
     * The JDK server's limits, which it reads from system properties once, when it is first
     * used: a client that takes longer than 20 seconds to send its request or to read the
     * answer is cut off (slowloris), and the unread rest of a refused body is not read (up to
     * 64 KB by default, which would keep a worker waiting on a client that sends nothing):
     * the connection is closed instead.
     */
    private static final Map<String, String> JDK_SERVER_LIMITS = Map.of(
            "sun.net.httpserver.maxReqTime", "20",
            "sun.net.httpserver.maxRspTime", "20",
            "sun.net.httpserver.drainAmount", "0");

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ReplyHandler handler;
    private final String path;
    private final String endpoint;
    private final int articles;

    private IntakeServer(HttpServer server, ThreadPoolExecutor workers, ReplyHandler handler, String path,
            String endpoint, int articles) {
        this.server = server;
        this.workers = workers;
        this.handler = handler;
        this.path = path;
        this.endpoint = endpoint;
        this.articles = articles;
    }

    /**
     * Sets the JDK server's limits for this process, except those given with {@code -D}. They
     * are global to the process, so only its entry point (the command line) calls this, before
     * the first server starts.
     */
    public static void configureJdkServer() {
        JDK_SERVER_LIMITS.forEach((key, value) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, value);
            }
        });
    }

    /**
     * Starts taking replies for the site in {@code siteRoot}.
     *
     * @param host where to listen, or null for {@code comments.intake.host}
     * @param port the port, or null for {@code comments.intake.port}; 0 picks a free one
     */
    public static IntakeServer start(Path siteRoot, String host, Integer port) throws StartException {
        return start(siteRoot, host, port, Clock.systemUTC(), System::nanoTime);
    }

    static IntakeServer start(Path siteRoot, String host, Integer port, Clock clock, LongSupplier nanoTime)
            throws StartException {
        Path root = siteRoot.toAbsolutePath().normalize();
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigLoader().load(root, problems);
        ReplySettings settings = new ReplySettingsLoader().load(root, problems);
        if (problems.hasErrors()) {
            throw new StartException(String.join("\n", problems.all().stream().filter(Problem::isError)
                    .map(Problem::toString).toList()));
        }
        if (!config.hasComments()) {
            throw new StartException(SiteConfig.FILE + " sets no comments.endpoint, so the site has no reply form "
                    + "to take replies from; set it, build the site, and start again");
        }
        String path = URI.create(config.commentsEndpoint()).getRawPath();
        path = path == null || path.isEmpty() ? "/" : path;
        ArticleIndex index;
        ReplyQueue queue = new ReplyQueue(root);
        try {
            index = new ArticleIndex(root, nanoTime);
            queue.removeLeftovers(clock.instant());
        } catch (NoSuchFileException e) {
            throw new StartException(ReplyTargets.FILE + " is missing: build the site first (broadsheet build), "
                    + "so the server knows which articles take replies");
        } catch (IOException e) {
            throw new StartException("cannot read " + e.getMessage());
        }
        String listenHost = host != null ? host : settings.host();
        int listenPort = port != null ? port : settings.port();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING), new ThreadPoolExecutor.AbortPolicy());
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(listenHost, listenPort), WAITING);
        } catch (IOException e) {
            workers.shutdown();
            throw new StartException("cannot listen on " + listenHost + ":" + listenPort + ": " + e.getMessage());
        }
        ReplyCheck check = new ReplyCheck(settings.fields(), root);
        RateLimiter limiter = new RateLimiter(settings.repliesPerMinute(), nanoTime);
        ReplyHandler handler = new ReplyHandler(path, config.baseUrl().origin(), settings.trustProxy(), check,
                index, limiter, queue, clock);
        server.createContext("/", handler);
        server.setExecutor(workers);
        server.start();
        return new IntakeServer(server, workers, handler, path, config.commentsEndpoint(), index.size());
    }

    /** Where the server takes replies, e.g. {@code http://127.0.0.1:8091/replies}. */
    public URI url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + path);
    }

    /** The site's {@code comments.endpoint}, the URL the form posts to. */
    public String endpoint() {
        return endpoint;
    }

    /** How many articles took replies when the server started. */
    public int articles() {
        return articles;
    }

    /**
     * Lets the requests under way finish, for up to two seconds, and stops. (The JDK 17 server's
     * own grace period lasts its whole length even when no request is under way, so the server
     * waits for its handler instead, and then stops at once.)
     */
    @Override
    public void close() {
        handler.awaitIdle(2000);
        server.stop(0);
        workers.shutdown();
    }
}
