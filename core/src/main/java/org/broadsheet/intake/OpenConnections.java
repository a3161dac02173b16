package org.broadsheet.intake;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link HttpFront}'s open connections, counted in all and per client address against their
 * caps, and which of them are past their deadline. Used by the front's thread only.
 */
final class OpenConnections {

    private final int max;
    private final int perAddress;
    private final Set<Connection> open = new HashSet<>();
    private final Map<InetAddress, Integer> byAddress = new HashMap<>();

    OpenConnections(int max, int perAddress) {
        this.max = max;
        this.perAddress = perAddress;
    }

    /** Whether one more connection from {@code address} fits under the caps. */
    boolean admits(InetAddress address) {
        return open.size() < max && byAddress.getOrDefault(address, 0) < perAddress;
    }

    void add(Connection c) {
        open.add(c);
        byAddress.merge(c.address, 1, Integer::sum);
    }

    void remove(Connection c) {
        if (open.remove(c)) {
            byAddress.computeIfPresent(c.address, (a, n) -> n == 1 ? null : n - 1);
        }
    }

    /** Whether a request is with a worker or its answer on its way. */
    boolean anyBusy() {
        return open.stream().anyMatch(c -> c.phase == Connection.Phase.WORKING || c.phase == Connection.Phase.WRITING);
    }

    /**
     * The connections to close now: those past their deadline, except while a worker has their
     * request, and when the front is closing, the idle ones too.
     */
    List<Connection> due(long now, boolean closing) {
        return open.stream().filter(c -> c.phase != Connection.Phase.WORKING
                && (now - c.deadline >= 0 || (closing && c.phase == Connection.Phase.READING && !c.isPartway())))
                .toList();
    }

    List<Connection> all() {
        return List.copyOf(open);
    }
}
