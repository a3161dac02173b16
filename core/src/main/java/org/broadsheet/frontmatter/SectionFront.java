package org.broadsheet.frontmatter;

import java.util.List;

/**
 * A section's front page as Hugo writes it, {@code world/_index.md} ({@code _index.fr.md} for a
 * language): what it says of the section. Broadsheet makes the section's page itself, and takes
 * from this file the section's name, its description, an introduction and its old addresses.
 *
 * @param source      the file, as errors name it ({@code content/world/_index.md})
 * @param section     the slug of the section's folder ({@code world})
 * @param language    the file name's language suffix, or "" for the site's default language
 * @param title       the section's name, or "" when the file gives none
 * @param description one or two sentences on the section, or ""
 * @param aliases     old paths of the section's page that redirect to it ({@code /news/})
 * @param aliasesLine the line of {@code aliases}, for errors
 * @param body        the Markdown after the front matter: the section page's introduction
 */
public record SectionFront(String source, String section, String language, String title, String description,
        List<String> aliases, int aliasesLine, String body) {

    public SectionFront {
        aliases = List.copyOf(aliases);
    }
}
