package org.broadsheet.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers requests from the last good build as a static host would: the site under its base
 * path ({@code /} redirects there), {@code index.html} for folders, the site's own 404 page with
 * status 404, and 400 for a path that tries to leave the site. HTML pages get the reload script,
 * and the error overlay while the last build failed. Pages shown ahead of the build that is
 * bringing them up to date ({@link SiteState#previews}) are served from memory. A request for
 * another host than a loopback name, the reload channel's too, gets 403 ({@link LoopbackHost}).
 */
final class SiteHandler implements HttpHandler {

    private final Path output;
    private final Supplier<SiteState> state;
    private final LiveReload reload;
    /** Whether the server listens beyond loopback, where it also answers to its IP addresses. */
    private final boolean onNetwork;

    SiteHandler(Path output, Supplier<SiteState> state, LiveReload reload, boolean onNetwork) {
        this.onNetwork = onNetwork;
        this.output = output;
        this.state = state;
        this.reload = reload;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        List<String> host = exchange.getRequestHeaders().get("Host");
        if (!LoopbackHost.isLoopback(host) && !(onNetwork && LoopbackHost.isAddress(host))) {
            try (exchange) {
                send(exchange, 403, "text/plain; charset=utf-8", bytes("Forbidden: this preview answers only to "
                        + "localhost, 127.0.0.1 and [::1]" + (onNetwork ? " and IP addresses" : "")
                        + ", so that no other site can read it through a name of its own.\n"));
            }
            return;
        }
        if (exchange.getRequestURI().getRawPath().equals(PageDecorations.EVENTS_PATH)) {
            reload.open(exchange, state.get().buildId()); // stays open: closed when the page goes away
            return;
        }
        try (exchange) {
            respond(exchange, state.get());
        }
    }

    private void respond(HttpExchange exchange, SiteState site) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are served here.\n"));
            return;
        }
        if (!site.hasSite()) {
            send(exchange, 503, "text/html; charset=utf-8", PageDecorations.errorPage(site));
            return;
        }
        String rawPath = exchange.getRequestURI().getRawPath();
        Optional<String> relative;
        try {
            relative = RequestPaths.underBase(rawPath, site.basePath());
        } catch (RequestPaths.BadPath e) {
            send(exchange, 400, "text/plain; charset=utf-8", bytes("Bad request: " + e.getMessage() + ".\n"));
            return;
        }
        if (relative.isEmpty()) {
            if (rawPath.equals("/") || site.basePath().equals(rawPath + "/")) {
                redirect(exchange, site.basePath());
            } else {
                notFound(exchange, site);
            }
            return;
        }
        String name = relative.get();
        String outputFile = RequestPaths.outputFile(name);
        Path file;
        try {
            file = output.resolve(outputFile).normalize();
        } catch (InvalidPathException e) {
            notFound(exchange, site); // a name this locale cannot write (é under LC_ALL=C): no file of the site has it
            return;
        }
        byte[] preview = site.previews().get(outputFile);
        if (preview != null) {
            sendPage(exchange, 200, outputFile, preview, site);
        } else if (!file.startsWith(output)) {
            send(exchange, 400, "text/plain; charset=utf-8", bytes("Bad request: the path must not leave the site.\n"));
        } else if (!name.isEmpty() && !name.endsWith("/") && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            String query = exchange.getRequestURI().getRawQuery();
            redirect(exchange, rawPath + "/" + (query == null ? "" : "?" + query));
        } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            sendFile(exchange, 200, file, site);
        } else {
            notFound(exchange, site);
        }
    }

    private void notFound(HttpExchange exchange, SiteState site) throws IOException {
        Path page = output.resolve("404.html");
        if (Files.isRegularFile(page)) {
            sendFile(exchange, 404, page, site);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found.\n"));
        }
    }

    private static void sendFile(HttpExchange exchange, int status, Path file, SiteState site) throws IOException {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // the build swapped the folder between our look and our read: the next reload gets the new file
            send(exchange, 503, "text/plain; charset=utf-8", bytes("The site is being replaced; reload.\n"));
            return;
        }
        sendPage(exchange, status, file.getFileName().toString(), body, site);
    }

    /** A file of the site, by its name's type; an HTML page with the reload script and any error overlay. */
    private static void sendPage(HttpExchange exchange, int status, String name, byte[] body, SiteState site)
            throws IOException {
        String type = ContentTypes.of(name.substring(name.lastIndexOf('/') + 1));
        send(exchange, status, type, ContentTypes.isHtml(type) ? PageDecorations.decorate(body, site) : body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 302, "text/plain; charset=utf-8", bytes("See " + location + "\n"));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store"); // a reload must show the new build
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
