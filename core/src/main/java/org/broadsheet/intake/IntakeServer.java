package org.broadsheet.intake;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
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
 * {@code broadsheet replies serve}: answers at the path of {@code comments.endpoint}, through its
 * own small HTTP/1.1 front ({@link HttpFront}), which reads each request whole before one of a
 * bounded pool of workers takes it, so slow clients hold no worker; the workers' queue is bounded
 * too, and a request beyond it is answered 503 at once. Reads the site's settings once at start
 * and the list of articles whenever a build changes it.
 */
public final class IntakeServer implements AutoCloseable {

    /** Workers: the work is mostly waiting for the disk (fsync), so more than the cores. */
    static final int THREADS = Math.min(32, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    /** Requests waiting for a worker, and connections open, before new ones are turned away. */
    private static final int WAITING = 1024;
    /** The time a client has to send its whole request (and to take the answer): slowloris ends there. */
    static final long REQUEST_NANOS = 10_000_000_000L;
    /** Connections one client address may have open; behind a trusted proxy every one is the proxy's. */
    static final int PER_ADDRESS = 64;
    /** The largest request line and headers taken. */
    private static final int MAX_HEAD = 16 * 1024;

    /** Why the server cannot start, in sentences for the command line. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;

        StartException(String message) {
            super(message);
        }
    }

    private final HttpFront front;
    private final ThreadPoolExecutor workers;
    private final String path;
    private final String endpoint;
    private final int articles;

    private IntakeServer(HttpFront front, ThreadPoolExecutor workers, String path, String endpoint, int articles) {
        this.front = front;
        this.workers = workers;
        this.path = path;
        this.endpoint = endpoint;
        this.articles = articles;
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
        ReplyCheck check = new ReplyCheck(settings.fields(), root);
        RateLimiter limiter = new RateLimiter(settings.repliesPerMinute(), nanoTime);
        ReplyHandler handler = new ReplyHandler(path, config.baseUrl().origin(), settings.trustProxy(), check,
                index, limiter, queue, clock);
        HttpFront.Limits limits = new HttpFront.Limits(REQUEST_NANOS, MAX_HEAD, ReplyHandler.MAX_BODY, WAITING,
                settings.trustProxy() ? WAITING : PER_ADDRESS);
        try {
            HttpFront front = HttpFront.start(new InetSocketAddress(listenHost, listenPort), WAITING, handler, workers,
                    limits, nanoTime);
            return new IntakeServer(front, workers, path, config.commentsEndpoint(), index.size());
        } catch (IOException e) {
            workers.shutdown();
            throw new StartException("cannot listen on " + listenHost + ":" + listenPort + ": " + e.getMessage());
        }
    }

    /** Where the server takes replies, e.g. {@code http://127.0.0.1:8091/replies}. */
    public URI url() {
        InetSocketAddress address = front.address();
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

    /** Lets the requests under way be answered, for up to two seconds, and stops. */
    @Override
    public void close() {
        front.close();
        workers.shutdown();
    }
}
