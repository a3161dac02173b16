package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.net.URLDecoder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The reload channel: open pages listen with Server-Sent Events, and after every build each
 * one hears the new build's id and which pages it changed ({@link Reload}). A connection stays open without holding a thread; one that
 * can no longer be written to is dropped at the next message.
 */
final class LiveReload {

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    /** The URL path each listening page says it shows ({@code /news/world/x/}). */
    private final Map<HttpExchange, String> pages = new ConcurrentHashMap<>();

    /**
     * Opens the stream for one page and tells it the current build, which reloads it if it is
     * older. The page names its URL path in the query ({@code ?page=%2Fnews%2F}).
     */
    void open(HttpExchange exchange, String buildId) throws IOException {

        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        // retry: a restarted server is found again within half a second
        if (send(exchange, "retry: 500\n\n" + event(Reload.everyPage(buildId)))) {
            String page = pageOf(exchange.getRequestURI().getRawQuery());
            if (page != null) {
                pages.put(exchange, page);
            }
            listeners.add(exchange);
        }
    }

    /** The URL paths of the pages open now, as they said when they connected. */
    Set<String> openPages() {
        return Set.copyOf(pages.values());
    }

    private static String pageOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("page=")) {
                try {
                    String page = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8);
                    return page.startsWith("/") && page.length() <= 2048 ? page : null;
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Tells every open page about a new build. */
    void announce(Reload reload) {
        String message = event(reload);
        listeners.forEach(listener -> {
            if (!send(listener, message)) {
                drop(listener);
            }
        });
    }

    /** A comment line: finds pages that went away, and keeps proxies from closing quiet streams. */
    void ping() {
        listeners.forEach(listener -> {
            if (!send(listener, ": ping\n\n")) {
                drop(listener);
            }
        });
    }

    int listeners() {
        return listeners.size();
    }

    void closeAll() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
        pages.clear();
    }

    private void drop(HttpExchange listener) {
        listeners.remove(listener);
        pages.remove(listener);
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
