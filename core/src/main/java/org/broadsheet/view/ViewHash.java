package org.broadsheet.view;

import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateModelException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import org.broadsheet.hash.Fingerprint;

/**
 * The hash of what a template receives, found by walking it: records component by component,
 * lists and maps item by item, texts, numbers and dates as they are, and a value that is not
 * plain data ({@link Fingerprinted}, such as a body that is read only when printed) by what it
 * says it depends on. A page's fingerprint is this hash of its model, so a field added to a
 * view is in the fingerprint without anyone adding it there. Views marked {@link Shared} are
 * hashed once. Thread-safe.
 */
public final class ViewHash {

    private final IdentityMemo shared = new IdentityMemo();

    /** The hash of a value templates receive. */
    public long of(Object value) {
        return add(value, new Fingerprint()).value();
    }

    /** Adds a value to a fingerprint; a type a template could not be given is a bug, and fails. */
    public Fingerprint add(Object value, Fingerprint fingerprint) {
        if (value == null) {
            return fingerprint.add(-7L);
        }
        if (value instanceof String text) {
            return fingerprint.add(text);
        }
        if (value instanceof Shared && value instanceof Record) {
            return fingerprint.add(shared.get(value, v -> addRecord(v, new Fingerprint()).value()));
        }
        if (value instanceof Record) {
            return addRecord(value, fingerprint);
        }
        if (value instanceof Collection<?> items) {
            fingerprint.add(items.size());
            items.forEach(item -> add(item, fingerprint));
            return fingerprint;
        }
        if (value instanceof Map<?, ?> map) {
            return addMap(map, fingerprint);
        }
        if (value instanceof Integer || value instanceof Long) { // the most common numbers: no text made
            return fingerprint.add(-9L).add(((Number) value).longValue());
        }
        if (value instanceof Boolean bool) {
            return fingerprint.add(-10L).add(bool.booleanValue());
        }
        if (value instanceof Number || value instanceof Enum
                || value instanceof TemporalAccessor || value instanceof Date) {
            return fingerprint.add(value.getClass().getName()).add(value.toString());
        }
        if (value instanceof Fingerprinted deferred) {
            return fingerprint.add(-8L).add(deferred.fingerprint());
        }
        if (value instanceof TemplateMarkupOutputModel<?> markup) {
            return fingerprint.add(markupOf(markup));
        }
        throw new IllegalArgumentException("no fingerprint for a " + value.getClass().getName());
    }

    private Fingerprint addRecord(Object record, Fingerprint fingerprint) {
        RecordComponents.of(record.getClass())
                .forEach((name, reader) -> add(reader.apply(record), fingerprint.add(name)));
        return fingerprint;
    }

    /**
     * Adds a map: in its order when it has one; otherwise (a {@code Map.of}, whose order differs
     * from run to run) as the sum of its entries' hashes, which no order changes.
     */
    private Fingerprint addMap(Map<?, ?> map, Fingerprint fingerprint) {
        fingerprint.add(map.size());
        if (map instanceof LinkedHashMap || map instanceof SortedMap) {
            map.forEach((key, value) -> add(value, add(key, fingerprint)));
            return fingerprint;
        }
        long sum = 0;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            sum += add(entry.getValue(), add(entry.getKey(), new Fingerprint())).value();
        }
        return fingerprint.add(sum);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupOf(TemplateMarkupOutputModel markup) {
        try {
            return markup.getOutputFormat().getMarkupString(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
