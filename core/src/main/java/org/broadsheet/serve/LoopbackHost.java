package org.broadsheet.serve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a request was addressed to this computer by a loopback name. The server listens on
 * 127.0.0.1 only, but a page elsewhere can still reach it through a name of its own that it
 * points at 127.0.0.1 (DNS rebinding), and would then read the preview, drafts included, as
 * its own; such a request names that page's host in {@code Host}, so only loopback names are
 * answered: {@code localhost} and names under it, {@code 127.x.y.z} and {@code [::1]}, with any port.
 */
final class LoopbackHost {

    private static final Pattern PORT = Pattern.compile(":[0-9]{1,5}$");
    private static final Pattern LOCALHOST = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)*localhost");
    private static final Pattern IPV4 = Pattern.compile("127(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

    private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-f:.]+]");

    private LoopbackHost() {
    }

    /** Whether the request's {@code Host} header values name this computer; none, or two, do not. */
    static boolean isLoopback(List<String> hostHeaders) {
        return host(hostHeaders).filter(host -> {
            if (host.equals("[::1]")) {
                return true;
            }
            String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host; // "localhost." is a full name
            return LOCALHOST.matcher(name).matches() || IPV4.matcher(name).matches();
        }).isPresent();
    }

    /**
     * Whether the request's one {@code Host} header is an IP address ({@code 192.168.1.20:8080},
     * {@code [fe80::1]}) rather than a name: a page can reach a server through such a host only
     * at that very address, which no DNS record of another site can rebind.
     */
    static boolean isAddress(List<String> hostHeaders) {
        return host(hostHeaders).filter(host -> ADDRESS.matcher(host).matches()).isPresent();
    }

    /** The host the one {@code Host} header names, in lowercase and without its port; none for none, or two. */
    private static Optional<String> host(List<String> hostHeaders) {
        if (hostHeaders == null || hostHeaders.size() != 1) {
            return Optional.empty();
        }
        return Optional.of(PORT.matcher(hostHeaders.get(0).strip().toLowerCase(Locale.ROOT)).replaceFirst(""));
    }
}
