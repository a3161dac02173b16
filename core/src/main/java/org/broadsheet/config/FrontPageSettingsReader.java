package org.broadsheet.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.broadsheet.yaml.YamlFields;

/** Reads {@code front:} of {@code broadsheet.yml}: {@code {latest: 6, perSection: 4, sections: {world: 6, sports: 0}}}. */
final class FrontPageSettingsReader {

    private static final Set<String> KNOWN = Set.of("latest", "perSection", "sections");
    /** More stories than any front page shows in one block. */
    private static final int MAX_STORIES = 50;

    private FrontPageSettingsReader() {
    }

    static FrontPageSettings read(YamlFields site) {
        FrontPageSettings defaults = FrontPageSettings.DEFAULT;
        YamlFields front = site.map("front").only(KNOWN);
        int perSection = front.number("perSection", 0, MAX_STORIES, defaults.perSection());
        YamlFields named = front.map("sections");
        Map<String, Integer> sections = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        named.values().keySet().forEach(slug -> {
            sections.put(slug, named.number(slug, 0, MAX_STORIES, perSection));
            lines.put(slug, named.lineOf(slug));
        });
        return new FrontPageSettings(front.number("latest", 0, MAX_STORIES, defaults.latest()), perSection, sections,
                lines);
    }
}
