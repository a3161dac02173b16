package org.broadsheet.intake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * One client connection of the {@link HttpFront}: a request arriving (its head, then its body),
 * a worker answering it, the answer leaving, and then the next request or the end. Only the
 * front's thread uses it, except that a worker hands over the answer ({@link #answered}).
 */
final class Connection {

    enum Phase {
        /** Waiting for a request, or for the rest of one. */
        READING,
        /** A worker has the request. */
        WORKING,
        /** The answer is being sent. */
        WRITING,
        /** The answer was sent; the client's last bytes are read and dropped until it closes too. */
        DRAINING
    }

    final SocketChannel channel;
    final SelectionKey key;
    final InetAddress address;
    Phase phase = Phase.READING;
    /** When the current phase must be over, in the front's clock. */
    long deadline;

    private byte[] raw = new byte[2048];
    private int filled;
    private int scanned;
    private RequestHead head;
    private RequestBody body;
    private boolean continueSent;
    private ByteBuffer out;
    private boolean closeAfterAnswer;
    private volatile byte[] answer;

    Connection(SocketChannel channel, SelectionKey key, InetAddress address, long deadline) {
        this.channel = channel;
        this.key = key;
        this.address = address;
        this.deadline = deadline;
    }

    /**
     * Takes bytes read from the client.
     *
     * @return true when a whole request has arrived
     * @throws RequestHead.Refusal when the request is malformed or its head too large
     */
    boolean take(ByteBuffer read, HttpFront.Limits limits) throws RequestHead.Refusal {
        if (filled + read.remaining() > raw.length) {
            raw = Arrays.copyOf(raw, Math.max(raw.length * 2, filled + read.remaining()));
        }
        int n = read.remaining();
        read.get(raw, filled, n);
        filled += n;
        return advance(limits);
    }

    /** Whether a request has begun to arrive and is not whole yet. */
    boolean isPartway() {
        return phase == Phase.READING && (head != null || filled > 0);
    }

    /** True once, when the client waits for "100 Continue" before it sends the body. */
    boolean wantsContinue() {
        if (head == null || continueSent || body.complete() || !head.expectsContinue()) {
            return false;
        }
        continueSent = true;
        return true;
    }

    /** The request that has arrived whole, for a worker. */
    BufferedExchange exchange() throws IOException {
        return new BufferedExchange(head, body.bytes(), (InetSocketAddress) channel.getRemoteAddress(),
                (InetSocketAddress) channel.getLocalAddress());
    }

    /** Whether the connection ends after the answer: the client or handler says so, or a body was left unread. */
    boolean endsAfter(BufferedExchange exchange) {
        return !head.keepAlive() || body.leftUnread() || exchange.handlerCloses();
    }

    /** Called by a worker: the answer to send, or null to close the connection without one. */
    void answered(byte[] bytes, boolean close) {
        closeAfterAnswer = close;
        answer = bytes;
    }

    /** The worker's answer, taken once. */
    byte[] takeAnswer() {
        byte[] bytes = answer;
        answer = null;
        return bytes;
    }

    boolean closesAfterAnswer() {
        return closeAfterAnswer;
    }

    /** Starts sending {@code bytes}, which must be sent by {@code deadline}. */
    void startWriting(byte[] bytes, boolean close, long deadline) {
        closeAfterAnswer = close;
        out = ByteBuffer.wrap(bytes);
        phase = Phase.WRITING;
        this.deadline = deadline;
        key.interestOps(SelectionKey.OP_WRITE);
    }

    /** Whether everything was written. */
    boolean writeSome() throws IOException {
        channel.write(out);
        return !out.hasRemaining();
    }

    /**
     * Gets ready for the next request on a kept-alive connection.
     *
     * @return true when it has already arrived whole (the client sent it right after the last)
     */
    boolean nextRequest(long deadline, HttpFront.Limits limits) throws RequestHead.Refusal {
        head = null;
        body = null;
        continueSent = false;
        out = null;
        phase = Phase.READING;
        this.deadline = deadline;
        key.interestOps(SelectionKey.OP_READ);
        return filled > 0 && advance(limits);
    }

    private boolean advance(HttpFront.Limits limits) throws RequestHead.Refusal {
        if (head == null) {
            int blank = 0;
            while (blank < filled && (raw[blank] == '\r' || raw[blank] == '\n')) {
                blank++; // line breaks a client sent after its last request
            }
            consume(blank);
            int end = headEnd();
            if ((end < 0 ? filled : end) > limits.maxHead()) {
                throw new RequestHead.Refusal(431, "The request's head is too large.");
            }
            if (end < 0) {
                return false;
            }
            head = RequestHead.parse(raw, end);
            body = new RequestBody(head, limits.maxBody());
            consume(raw[end] == '\r' ? end + 2 : end + 1);
        }
        consume(body.take(raw, 0, filled));
        return body.complete();
    }

    /** Where the blank line that ends the head starts, or -1 while it has not arrived. */
    private int headEnd() {
        for (int i = Math.max(1, scanned); i < filled; i++) {
            if (raw[i] == '\n' && (raw[i - 1] == '\n' || (raw[i - 1] == '\r' && i >= 2 && raw[i - 2] == '\n'))) {
                return raw[i - 1] == '\n' ? i : i - 1;
            }
        }
        scanned = filled;
        return -1;
    }

    private void consume(int n) {
        if (n > 0) {
            System.arraycopy(raw, n, raw, 0, filled - n);
            filled -= n;
            scanned = Math.max(0, scanned - n);
        }
    }
}
