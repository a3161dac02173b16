package org.broadsheet.intake;

import java.io.ByteArrayOutputStream;

/**
 * The body of one request as its bytes arrive: {@code Content-Length} bytes, or chunks. It keeps
 * at most {@code limit + 1} bytes: a body that says it is larger is complete at once and empty,
 * one that turns out larger is complete at its first byte too many, so the handler sees it is
 * over the limit and nobody waits for the rest.
 */
final class RequestBody {

    /** The most bytes of chunk sizes, extensions and trailers taken, far above what a client sends. */
    private static final int MAX_FRAMING = 64 * 1024;

    private enum State { SIZE, EXTENSION, DATA, DATA_END, TRAILER_START, TRAILER, DONE }

    private final int limit;
    private final boolean chunked;
    private final ByteArrayOutputStream bytes;
    private final boolean declaredTooLarge;
    private long remaining;
    private State state;
    private boolean sizeDigits;
    private int framing;

    RequestBody(RequestHead head, int limit) {
        this.limit = limit;
        this.chunked = head.chunked();
        long length = head.contentLength();
        this.declaredTooLarge = length > limit;
        this.remaining = chunked || declaredTooLarge ? 0 : Math.max(0, length);
        this.state = chunked ? State.SIZE : State.DATA;
        this.bytes = new ByteArrayOutputStream(chunked ? 1024 : (int) remaining);
    }

    /** Whether the whole body is here, or as much of it as the handler needs. */
    boolean complete() {
        return declaredTooLarge || bytes.size() > limit || (chunked ? state == State.DONE : remaining == 0);
    }

    /** Whether bytes of the body were left unread, so the connection cannot carry another request. */
    boolean leftUnread() {
        return declaredTooLarge || bytes.size() > limit;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    /**
     * Takes body bytes from {@code raw[from, to)} until the body is complete.
     *
     * @return how many bytes it took; the rest belong to the next request
     * @throws RequestHead.Refusal when the chunks are malformed
     */
    int take(byte[] raw, int from, int to) throws RequestHead.Refusal {
        int i = from;
        while (i < to && !complete()) {
            if (state == State.DATA) {
                int n = (int) Math.min(remaining, Math.min(to - i, limit + 1 - bytes.size()));
                bytes.write(raw, i, n);
                remaining -= n;
                i += n;
                if (remaining == 0 && chunked) {
                    state = State.DATA_END;
                }
            } else {
                chunkFraming(raw[i++]);
            }
        }
        return i - from;
    }

    /** One byte of a chunk's size line, the line break after its data, or the trailer. */
    private void chunkFraming(byte b) throws RequestHead.Refusal {
        if (++framing > MAX_FRAMING) {
            throw new RequestHead.Refusal(400, "The chunked body is malformed.");
        }
        switch (state) {
            case SIZE -> {
                int digit = Character.digit(b, 16);
                if (digit >= 0 && remaining < (1L << 32)) {
                    remaining = remaining * 16 + digit;
                    sizeDigits = true;
                } else if (b == ';' || b == ' ' || b == '\t') {
                    state = State.EXTENSION;
                } else if (b == '\n' && sizeDigits) {
                    endOfSizeLine();
                } else if (b != '\r') {
                    throw new RequestHead.Refusal(400, "The chunked body is malformed.");
                }
            }
            case EXTENSION -> {
                if (b == '\n') {
                    endOfSizeLine();
                }
            }
            case DATA_END -> {
                if (b == '\n') {
                    state = State.SIZE;
                    sizeDigits = false;
                } else if (b != '\r') {
                    throw new RequestHead.Refusal(400, "The chunked body is malformed.");
                }
            }
            case TRAILER_START -> state = b == '\n' ? State.DONE : b == '\r' ? State.TRAILER_START : State.TRAILER;
            case TRAILER -> state = b == '\n' ? State.TRAILER_START : State.TRAILER;
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void endOfSizeLine() throws RequestHead.Refusal {
        if (!sizeDigits) {
            throw new RequestHead.Refusal(400, "The chunked body is malformed.");
        }
        state = remaining == 0 ? State.TRAILER_START : State.DATA;
    }
}
