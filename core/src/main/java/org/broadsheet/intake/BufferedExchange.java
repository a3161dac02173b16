package org.broadsheet.intake;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * One request that arrived whole, as the JDK's {@link HttpExchange} a handler expects: the body
 * is read from memory, and the answer is kept in memory until the handler closes the exchange,
 * when {@link #answer} gives its bytes to the front to send.
 */
final class BufferedExchange extends HttpExchange {

    private final RequestHead head;
    private final byte[] body;
    private final InetSocketAddress remote;
    private final InetSocketAddress local;
    private final Headers responseHeaders = new Headers();
    private final ByteArrayOutputStream responseBody = new ByteArrayOutputStream();
    private final Map<String, Object> attributes = new HashMap<>();
    private int status = -1;

    BufferedExchange(RequestHead head, byte[] body, InetSocketAddress remote, InetSocketAddress local) {
        this.head = head;
        this.body = body;
        this.remote = remote;
        this.local = local;
    }

    /**
     * The answer as it goes on the wire: status line, headers, {@code Content-Length} and the
     * body, or a 500 when the handler gave none.
     *
     * @param close whether to tell the client that the connection ends after it
     */
    byte[] answer(boolean close) {
        if (status < 0) {
            responseHeaders.clear();
            responseBody.reset();
            responseBody.writeBytes("The reply could not be taken; please try again.\n".getBytes(StandardCharsets.UTF_8));
            responseHeaders.set("Content-Type", "text/plain; charset=utf-8");
            status = 500;
        }
        boolean noBody = head.method().equals("HEAD") || status == 204 || status == 304;
        StringBuilder text = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(Answers.reason(status)).append("\r\n");
        responseHeaders.forEach((name, values) -> values.forEach(value -> {
            if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a line break in the value of " + name);
            }
            if (!name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Content-Length")) {
                text.append(name).append(": ").append(value).append("\r\n");
            }
        }));
        if (!noBody) {
            text.append("Content-Length: ").append(responseBody.size()).append("\r\n");
        }
        if (close) {
            text.append("Connection: close\r\n");
        }
        ByteArrayOutputStream wire = new ByteArrayOutputStream(text.length() + responseBody.size() + 2);
        wire.writeBytes(text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!noBody) {
            wire.writeBytes(responseBody.toByteArray());
        }
        return wire.toByteArray();
    }

    /** Whether the handler asked to end the connection after its answer. */
    boolean handlerCloses() {
        String connection = responseHeaders.getFirst("Connection");
        return connection != null && connection.equalsIgnoreCase("close");
    }

    @Override
    public Headers getRequestHeaders() {
        return head.headers();
    }

    @Override
    public Headers getResponseHeaders() {
        return responseHeaders;
    }

    @Override
    public URI getRequestURI() {
        return head.uri();
    }

    @Override
    public String getRequestMethod() {
        return head.method();
    }

    /** There are no contexts: the intake has one handler for every path. */
    @Override
    public HttpContext getHttpContext() {
        return null;
    }

    /** Nothing to release: the answer is sent when the handler has returned. */
    @Override
    public void close() {
    }

    @Override
    public InputStream getRequestBody() {
        return new ByteArrayInputStream(body);
    }

    @Override
    public OutputStream getResponseBody() {
        return responseBody;
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        if (status >= 0) {
            throw new IOException("headers already sent");
        }
        status = rCode;
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return remote;
    }

    @Override
    public int getResponseCode() {
        return status;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return local;
    }

    @Override
    public String getProtocol() {
        return head.version();
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        throw new UnsupportedOperationException("the intake's exchanges keep their streams");
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return null;
    }
}
