package org.broadsheet.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that send slowly, or not at all, or keep a connection open: they hold no worker, and
 * each has ten seconds (on the server's clock, which the test moves) to send a whole request.
 */
class IntakeServer_SlowClientTest {

    private static final String POST_HEAD = "POST /replies HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://example.org\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\n";

    @TempDir
    Path dir;

    IntakeFixture intake;
    final List<Socket> sockets = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1000\n");
    }

    @AfterEach
    void stop() throws IOException {
        for (Socket s : sockets) {
            s.close();
        }
        intake.close();
    }

    /** A connection that has sent {@code text} and then nothing. */
    private Socket opened(String text) throws IOException {
        Socket socket = new Socket();
        sockets.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", intake.server.url().getPort()), 5000);
        socket.setSoTimeout(5000);
        send(socket, text);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Everything the server sends until it closes the connection (or five seconds pass: an exception). */
    private static String untilClosed(Socket socket) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        socket.getInputStream().transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    /** One answer on a connection that stays open: its head and its Content-Length bytes of body. */
    private static String oneAnswer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after " + head);
            }
            head.write(b);
        }
        String text = head.toString(StandardCharsets.ISO_8859_1);
        int length = Integer.parseInt(text.replaceAll("(?s).*\r\nContent-Length: (\\d+)\r\n.*", "$1"));
        return text + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    /** Moves the server's clock, after it has seen what was sent, and lets it look at its deadlines. */
    private void advanceSeconds(double seconds) throws InterruptedException {
        Thread.sleep(200);
        intake.nanos.addAndGet((long) (seconds * 1e9));
        Thread.sleep(300); // it looks at least ten times a second
    }

    @Test
    void moreSlowClientsThanWorkersDoNotDelayAReader() throws Exception {
        for (int i = 0; i < IntakeServer.THREADS + 8; i++) {
            // half stop inside the head, half inside the body: neither kind may hold a worker
            opened(i % 2 == 0 ? "P" : POST_HEAD + "Content-Length: 500\r\n\r\ncomment=");
        }
        IntakeFixture.Response reply = CompletableFuture.supplyAsync(() -> intake.post(IntakeFixture.form(),
                "Origin: https://example.org")).get(5, TimeUnit.SECONDS);
        assertEquals(303, reply.status());
        assertEquals(1, intake.queue().size());
    }

    @Test
    void aRequestMustArriveWholeWithinTenSecondsHoweverSteadilyItTrickles() throws Exception {
        Socket slow = opened("POST /replies HTTP/1.1\r\n");
        advanceSeconds(4);
        send(slow, "Host: 127.0.0.1\r\n");
        advanceSeconds(4);
        send(slow, "Content-Type: application/x-www-form-urlencoded\r\n");
        advanceSeconds(2.5);
        String answer = untilClosed(slow);
        assertTrue(answer.startsWith("HTTP/1.1 408 Request Timeout\r\n"), answer);
        assertTrue(answer.endsWith("\r\n\r\nThe request did not arrive in time.\n"), answer);
        assertEquals(List.of(), intake.queue());
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTenSeconds() throws Exception {
        Socket silent = opened("");
        advanceSeconds(9);
        assertEquals(303, intake.post(IntakeFixture.form(), "Origin: https://example.org").status());
        advanceSeconds(1.5);
        assertEquals("", untilClosed(silent), "closed without an answer: it asked nothing");
    }

    @Test
    void aKeptAliveConnectionCarriesTheNextRequestAndIsClosedWhenIdle() throws Exception {
        byte[] form = IntakeFixture.form().getBytes(StandardCharsets.UTF_8);
        String request = POST_HEAD + "Accept: application/json\r\nContent-Length: " + form.length + "\r\n\r\n"
                + IntakeFixture.form();
        Socket kept = opened(request + request); // the second right behind the first
        assertTrue(oneAnswer(kept).startsWith("HTTP/1.1 202 Accepted\r\n"));
        assertTrue(oneAnswer(kept).startsWith("HTTP/1.1 202 Accepted\r\n"));
        send(kept, request);
        assertTrue(oneAnswer(kept).startsWith("HTTP/1.1 202 Accepted\r\n"));
        assertEquals(3, intake.queue().size());
        advanceSeconds(10.5);
        assertEquals("", untilClosed(kept));
    }

    @Test
    void aClientThatAsksFirstHearsContinueAndAChunkedBodyIsTaken() throws Exception {
        String form = IntakeFixture.form();
        Socket careful = opened(POST_HEAD + "Expect: 100-continue\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        byte[] continued = careful.getInputStream().readNBytes(25);
        assertEquals("HTTP/1.1 100 Continue\r\n\r\n", new String(continued, StandardCharsets.US_ASCII));
        send(careful, Integer.toHexString(10) + "\r\n" + form.substring(0, 10) + "\r\n"
                + Integer.toHexString(form.length() - 10) + ";note=x\r\n" + form.substring(10) + "\r\n0\r\nX-Trailer: 1\r\n\r\n");
        assertTrue(untilClosed(careful).startsWith("HTTP/1.1 303 See Other\r\n"));
        assertEquals(1, intake.queue().size());
    }

    @Test
    void oneAddressCannotTakeEveryConnection() throws Exception {
        for (int i = 0; i < IntakeServer.PER_ADDRESS; i++) {
            opened("P");
        }
        Socket oneTooMany = opened("");
        assertEquals("", untilClosed(oneTooMany), "closed at once");
        sockets.remove(0).close();
        Thread.sleep(200); // the server notices the closed connection
        assertEquals(303, intake.post(IntakeFixture.form(), "Origin: https://example.org").status());
    }

    @Test
    void aMalformedOrOversizedHeadIsRefusedByTheServerItself() throws Exception {
        assertTrue(untilClosed(opened("POST /replies HTTP/1.1\r\n folded: x\r\n\r\n")).startsWith("HTTP/1.1 400 Bad Request\r\n"));
        assertTrue(untilClosed(opened("GET /replies HTTP/2.0\r\n\r\n")).startsWith("HTTP/1.1 400 Bad Request\r\n"));
        assertTrue(untilClosed(opened(POST_HEAD + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"))
                .contains("\r\n\r\nA request may not have both Content-Length and Transfer-Encoding.\n"));
        assertTrue(untilClosed(opened(POST_HEAD + "Transfer-Encoding: gzip\r\n\r\n")).startsWith("HTTP/1.1 501 Not Implemented\r\n"));
        assertTrue(untilClosed(opened("GET /replies HTTP/1.1\r\nX: " + "x".repeat(20_000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n"));
        assertEquals(303, intake.post(IntakeFixture.form(), "Origin: https://example.org").status());
    }
}
