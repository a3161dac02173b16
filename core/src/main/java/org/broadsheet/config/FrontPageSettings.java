package org.broadsheet.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the front page shows, from {@code front:} of {@code broadsheet.yml}: how many stories
 * follow the lead in the latest block, and the section blocks in an editor's order, each with
 * its number of stories ({@code 0} leaves a section off the front page); sections it does not
 * name follow in the order of {@code sections:}, with {@code perSection} stories each.
 *
 * @param latest     stories in the latest block, after the lead
 * @param perSection stories of each section the settings do not name
 * @param sections   the named sections in order, each with its number of stories
 * @param lines      the line of each named section in {@code broadsheet.yml}, for messages
 */
public record FrontPageSettings(int latest, int perSection, Map<String, Integer> sections, Map<String, Integer> lines) {

    public static final FrontPageSettings DEFAULT = new FrontPageSettings(6, 4, Map.of(), Map.of());

    public FrontPageSettings {
        sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        lines = Map.copyOf(lines);
    }

    /** How many stories the section's block shows. */
    public int storiesOf(String section) {
        return sections.getOrDefault(section, perSection);
    }
}
