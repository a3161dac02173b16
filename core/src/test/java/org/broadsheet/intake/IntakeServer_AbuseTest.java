package org.broadsheet.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Floods, forged headers and garbage: the server refuses them, says why, and keeps serving. */
class IntakeServer_AbuseTest {

    @TempDir
    Path dir;

    IntakeFixture intake;

    @AfterEach
    void stop() {
        if (intake != null) {
            intake.close();
        }
    }

    private IntakeFixture.Response postFrom(String address, String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Content-Type: application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 1, headers.length);
        return intake.send("POST", "/replies", IntakeFixture.form().getBytes(StandardCharsets.UTF_8), address, all);
    }

    @Test
    void aFloodFromOneAddressIsSlowedDownAndOtherAddressesAreNot() throws Exception {
        intake = new IntakeFixture(dir, "");
        for (int i = 0; i < 5; i++) {
            assertEquals(303, postFrom("127.0.0.1").status(), "post " + (i + 1));
        }
        for (int i = 0; i < 20; i++) {
            IntakeFixture.Response flood = postFrom("127.0.0.1", "Accept: application/json");
            assertEquals(429, flood.status());
            assertEquals("12", flood.header("Retry-After"));
            assertEquals("{\"error\":\"Too many replies from your address; please wait 12 seconds.\",\"field\":null}", flood.body());
        }
        assertEquals(5, intake.queue().size(), "the flood wrote nothing");
        intake.nanos.addAndGet(12_000_000_000L);
        assertEquals(303, postFrom("127.0.0.1").status(), "one more after twelve seconds");
        assertEquals(429, postFrom("127.0.0.1").status());
    }

    @Test
    void anotherAddressHasItsOwnAllowance() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1\n");
        try (Socket probe = new Socket()) {
            probe.bind(new InetSocketAddress("127.0.0.2", 0));
        } catch (java.io.IOException e) {
            Assumptions.abort("this system has only 127.0.0.1 (macOS): " + e.getMessage());
        }
        assertEquals(303, postFrom("127.0.0.1").status());
        assertEquals(429, postFrom("127.0.0.1").status());
        assertEquals(303, postFrom("127.0.0.2").status());
    }

    @Test
    void behindATrustedProxyEachForwardedAddressHasItsOwnAllowance() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1\n    trustProxy: true\n");
        assertEquals(303, postFrom(null, "X-Forwarded-For: 198.51.100.1").status());
        assertEquals(429, postFrom(null, "X-Forwarded-For: 198.51.100.1").status());
        assertEquals(303, postFrom(null, "X-Forwarded-For: 10.0.0.9, 198.51.100.2").status());
        assertEquals(429, postFrom(null, "X-Forwarded-For: 198.51.100.2").status(), "the proxy's own entry, the last, counts");
        assertTrue(intake.queued(intake.queue().get(0)).contains("client: \"198.51.100."));
    }

    @Test
    void withoutATrustedProxyAForgedForwardedForChangesNothing() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1\n");
        assertEquals(303, postFrom(null, "X-Forwarded-For: 198.51.100.1").status());
        assertEquals(429, postFrom(null, "X-Forwarded-For: 198.51.100.2").status());
    }

    @Test
    void injectedHeaderLinesNeverReachTheAnswer() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1000\n");
        IntakeFixture.Response r = postFrom(null, "Origin: https://evil.example\r\nX-Injected: 1",
                "X-Requested-With: x\r\nSet-Cookie: session=stolen");
        assertEquals(403, r.status());
        assertNull(r.header("X-Injected"));
        assertNull(r.header("Set-Cookie"));
        assertNull(r.header("Access-Control-Allow-Origin"));
        IntakeFixture.Response split = intake.post(IntakeFixture.form("article", "world/a\r\n\r\nHTTP/1.1 200 OK"));
        assertEquals(400, split.status());
        assertEquals(null, split.header("Location"));
        assertTrue(split.body().contains("The article must be one line, without control characters."));
        assertEquals(0, intake.queue().size());
    }

    @Test
    void garbageAndHalfRequestsDoNotStopTheServer() throws Exception {
        intake = new IntakeFixture(dir, "  intake:\n    repliesPerMinute: 1000\n");
        Random random = new Random(7);
        int port = intake.server.url().getPort();
        for (int i = 0; i < 30; i++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port));
                OutputStream out = s.getOutputStream();
                byte[] junk = new byte[random.nextInt(3000)];
                random.nextBytes(junk);
                out.write(i % 3 == 0 ? "POST /replies HTTP/1.1\r\nContent-Length: 50\r\n\r\nabc".getBytes(StandardCharsets.US_ASCII) : junk);
                out.flush();
            } catch (java.io.IOException e) {
                // the server may close on us; that is its right
            }
        }
        assertEquals(303, intake.post(IntakeFixture.form()).status());
        assertEquals(1, intake.queue().size());
    }
}
