package org.broadsheet.intake;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.LongSupplier;

/**
 * The intake's HTTP/1.1 front. One thread accepts connections and reads them without blocking;
 * a request goes to a worker only once it has arrived whole, head and body, so a client that
 * sends slowly holds no worker, only its connection. And a connection has a deadline: its whole
 * request must arrive within {@link Limits#requestNanos} of it opening (or of the last answer,
 * on a kept-alive connection), and its answer be taken within as long, or it is closed. There
 * are at most so many connections, in all and from one address; a new one beyond that is closed
 * at once. (Longer than a class should be: the loop and what it does on each event share the
 * selector, the open connections and the workers' answers, and read best in one place.)
 */
final class HttpFront implements AutoCloseable {

    /**
     * @param requestNanos the time a client has to send a whole request, and to take an answer
     * @param maxHead      the largest request line and headers taken, in bytes
     * @param maxBody      the largest body the handler needs; a larger one is cut to one byte more
     * @param perAddress   the most connections from one address at a time
     */
    record Limits(long requestNanos, int maxHead, int maxBody, int maxConnections, int perAddress) {
    }

    /** How often the deadlines are checked, at the least. */
    private static final long SWEEP_MILLIS = 100;
    /** How long a closing connection's last bytes are read before it is closed anyway. */
    private static final long DRAIN_NANOS = 2_000_000_000L;

    private final ServerSocketChannel listener;
    private final SelectionKey listening;
    private final InetSocketAddress address;
    private final Selector selector;
    private final HttpHandler handler;
    private final Executor workers;
    private final Limits limits;
    private final LongSupplier nanoTime;
    private final OpenConnections open;
    private final Queue<Connection> answered = new ConcurrentLinkedQueue<>();
    private final ByteBuffer scratch = ByteBuffer.allocate(16 * 1024);
    private final Thread thread;
    private long lastSweep;
    private volatile boolean closing;

    private HttpFront(ServerSocketChannel listener, Selector selector, HttpHandler handler, Executor workers,
            Limits limits, LongSupplier nanoTime) throws IOException {
        this.listener = listener;
        this.listening = listener.register(selector, SelectionKey.OP_ACCEPT);
        this.address = (InetSocketAddress) listener.getLocalAddress();
        this.selector = selector;
        this.handler = handler;
        this.workers = workers;
        this.limits = limits;
        this.open = new OpenConnections(limits.maxConnections(), limits.perAddress());
        this.nanoTime = nanoTime;
        this.lastSweep = nanoTime.getAsLong();
        this.thread = new Thread(this::run, "broadsheet-intake-front");
    }

    /** Listens on {@code address} and serves until closed; {@code nanoTime} is the clock of the deadlines. */
    static HttpFront start(InetSocketAddress address, int backlog, HttpHandler handler, Executor workers,
            Limits limits, LongSupplier nanoTime) throws IOException {
        Selector selector = Selector.open();
        ServerSocketChannel listener = ServerSocketChannel.open();
        try {
            listener.bind(address, backlog);
            listener.configureBlocking(false);
            HttpFront front = new HttpFront(listener, selector, handler, workers, limits, nanoTime);
            front.thread.start();
            return front;
        } catch (IOException e) {
            listener.close();
            selector.close();
            throw e;
        }
    }

    /** Where it listens. */
    InetSocketAddress address() {
        return address;
    }

    private void run() {
        try (selector; listener) {
            while (!closing || open.anyBusy()) {
                if (closing) {
                    listening.cancel();
                }
                selector.select(SWEEP_MILLIS);
                long now = nanoTime.getAsLong();
                for (Connection c; (c = answered.poll()) != null; ) {
                    byte[] answer = c.takeAnswer();
                    if (answer == null) {
                        close(c);
                    } else {
                        c.startWriting(answer, c.closesAfterAnswer() || closing, now + limits.requestNanos());
                        write(c, now);
                    }
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    handle(key, now);
                }
                selector.selectedKeys().clear();
                if (closing || now - lastSweep >= SWEEP_MILLIS * 1_000_000) {
                    lastSweep = now;
                    sweep(now);
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            // the selector failed, or was closed to stop a loop that would not end: nothing more is served
        } finally {
            open.all().forEach(this::close);
        }
    }

    private void handle(SelectionKey key, long now) {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            accept(now);
            return;
        }
        Connection c = (Connection) key.attachment();
        try {
            if (key.isWritable()) {
                write(c, now);
            } else if (key.isReadable()) {
                read(c, now);
            }
        } catch (IOException | RuntimeException e) {
            close(c); // the client went away, or broke the connection
        }
    }

    private void accept(long now) {
        for (int i = 0; i < 64; i++) {
            SocketChannel channel;
            try {
                channel = listener.accept();
                if (channel == null) {
                    return;
                }
            } catch (IOException e) {
                return; // out of file descriptors, say: the sweep frees some
            }
            try {
                InetAddress address = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
                if (!open.admits(address)) {
                    channel.close();
                    continue;
                }
                channel.configureBlocking(false);
                SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                Connection c = new Connection(channel, key, address, now + limits.requestNanos());
                key.attach(c);
                open.add(c);
            } catch (IOException e) {
                closeQuietly(channel);
            }
        }
    }

    private void read(Connection c, long now) throws IOException {
        scratch.clear();
        int n = c.channel.read(scratch);
        if (n < 0) {
            close(c);
            return;
        }
        if (c.phase != Connection.Phase.READING) {
            return; // draining: what a client sends after its refused request is dropped
        }
        scratch.flip();
        try {
            if (c.take(scratch, limits)) {
                dispatch(c, now);
            } else if (c.wantsContinue()) {
                c.channel.write(ByteBuffer.wrap("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            }
        } catch (RequestHead.Refusal refusal) {
            refuse(c, refusal.status(), refusal.getMessage(), now);
        }
    }

    private void dispatch(Connection c, long now) {
        c.phase = Connection.Phase.WORKING;
        c.key.interestOps(0);
        try {
            workers.execute(() -> work(c));
        } catch (RejectedExecutionException e) {
            refuse(c, 503, "The server is busy; please try again in a minute.", now);
        }
    }

    /** Runs on a worker: the handler answers, and the answer goes back to the front's thread. */
    private void work(Connection c) {
        byte[] answer = null;
        boolean close = true;
        try {
            BufferedExchange exchange = c.exchange();
            handler.handle(exchange);
            close = c.endsAfter(exchange);
            answer = exchange.answer(close);
        } catch (IOException | RuntimeException e) {
            answer = Answers.plain(500, "The request could not be answered; please try again.");
        } finally {
            c.answered(answer, close);
            answered.add(c);
            selector.wakeup();
        }
    }

    private void write(Connection c, long now) throws IOException {
        if (c.phase == Connection.Phase.DRAINING || !c.writeSome()) {
            return;
        }
        if (c.closesAfterAnswer()) {
            // Closing now, with bytes of the client's unread, would reset the connection and could
            // destroy the answer on its way: end our side, and read what still comes for a while.
            c.channel.shutdownOutput();
            c.phase = Connection.Phase.DRAINING;
            c.deadline = now + DRAIN_NANOS;
            c.key.interestOps(SelectionKey.OP_READ);
            return;
        }
        try {
            if (c.nextRequest(now + limits.requestNanos(), limits)) {
                dispatch(c, now);
            }
        } catch (RequestHead.Refusal refusal) {
            refuse(c, refusal.status(), refusal.getMessage(), now);
        }
    }

    private void refuse(Connection c, int status, String message, long now) {
        c.startWriting(Answers.plain(status, message), true, now + limits.requestNanos());
        try {
            write(c, now);
        } catch (IOException e) {
            close(c);
        }
    }

    /** Closes each connection past its deadline; one cut off partway through its request hears why. */
    private void sweep(long now) {
        for (Connection c : open.due(now, closing)) {
            if (c.isPartway()) {
                try {
                    c.channel.write(ByteBuffer.wrap(Answers.plain(408, "The request did not arrive in time.")));
                } catch (IOException e) {
                    // it is closed below either way
                }
            }
            close(c);
        }
    }

    private void close(Connection c) {
        open.remove(c);
        c.key.cancel();
        closeQuietly(c.channel);
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing is all that was left to do
        }
    }

    /**
     * Stops taking connections, lets the requests under way be answered, for up to two seconds,
     * and closes every connection.
     */
    @Override
    public void close() {
        closing = true;
        selector.wakeup();
        try {
            thread.join(2000);
            if (thread.isAlive()) {
                thread.interrupt();
                selector.close(); // the loop ends on its next select
                thread.join(1000);
            }
        } catch (InterruptedException | IOException e) {
            Thread.currentThread().interrupt();
        }
    }
}
