package org.broadsheet.render;

import java.nio.file.Path;
import java.util.Map;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.template.TemplateFingerprints;
import org.broadsheet.view.ViewHash;

/**
 * What each page's output depends on, as one number per page: its template with every template
 * it includes, and the hash of exactly the model its template receives ({@link ViewHash}),
 * bodies by their stored hash. A page whose fingerprint matches the last build's is not
 * rendered again. Nothing here knows what a page shows, so nothing here can forget a field.
 * Thread-safe.
 */
public final class Fingerprints {

    private final TemplateFingerprints templates;
    private final ViewHash views = new ViewHash();

    public Fingerprints(Path siteRoot) {
        this.templates = new TemplateFingerprints(siteRoot.resolve("templates"));
    }

    /** The fingerprint of a page that {@code template} renders from {@code model}. */
    public long of(String template, Map<String, Object> model) {
        return views.add(model, new Fingerprint().add(templates.of(template))).value();
    }
}
