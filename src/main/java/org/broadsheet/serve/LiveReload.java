package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The reload channel: open pages listen with Server-Sent Events, and after every build each
 * one hears the new build's id and which pages it changed ({@link Reload}). A connection stays open without holding a thread; one that
 * can no longer be written to is dropped at the next message.
 */
final class LiveReload {

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /** Opens the stream for one page and tells it the current build, which reloads it if it is older. */
    void open(HttpExchange exchange, String buildId) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // retry: a restarted server is found again within half a second
        if (send(exchange, "retry: 500\n\n" + event(Reload.everyPage(buildId)))) {
            listeners.add(exchange);
        }
    }

    /** Tells every open page about a new build. */
    void announce(Reload reload) {
        String message = event(reload);
        listeners.forEach(listener -> {
            if (!send(listener, message)) {
                listeners.remove(listener);
            }
        });
    }

    /** A comment line: finds pages that went away, and keeps proxies from closing quiet streams. */
    void ping() {
        listeners.forEach(listener -> {
            if (!send(listener, ": ping\n\n")) {
                listeners.remove(listener);
            }
        });
    }

    int listeners() {
        return listeners.size();
    }

    void closeAll() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }

    private static String event(Reload reload) {
        return "event: build\ndata: " + reload.data() + "\n\n";
    }

    private static boolean send(HttpExchange exchange, String text) {
        try {
            OutputStream body = exchange.getResponseBody();
            synchronized (exchange) {
                body.write(text.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
            return true;
        } catch (IOException e) {
            exchange.close();
            return false;
        }
    }
}
