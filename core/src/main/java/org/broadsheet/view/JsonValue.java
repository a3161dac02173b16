package org.broadsheet.view;

/**
 * Data a template writes as JSON with {@code <@json/>} (org.broadsheet.template.JsonDirective),
 * straight to the page: a search index of 100,000 articles is tens of megabytes, too large to
 * build as a string first.
 */
public final class JsonValue implements Fingerprinted {

    private final Object value;

    /** @param value maps, lists, texts, numbers and booleans, as {@link org.broadsheet.json.Json} writes them */
    public JsonValue(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public long fingerprint() {
        return new ViewHash().of(value);
    }
}
