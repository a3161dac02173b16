package org.broadsheet.importing.wordpress;

import java.io.IOException;
import java.util.Collection;
import java.util.TreeSet;
import org.broadsheet.authors.AuthorProfileLoader;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.model.Slugs;

/** Writes a profile, {@code authors/<slug>.yml}, for each author of the export, named after the name bylines show. */
final class AuthorWriter {

    private final SiteFiles files;
    private final ImportReport report;

    AuthorWriter(SiteFiles files, ImportReport report) {
        this.files = files;
        this.report = report;
    }

    void write(Collection<String> displayNames) throws IOException {
        for (String name : new TreeSet<>(displayNames)) {
            String slug = Slugs.slugify(name);
            if (!slug.isEmpty() && files.write(AuthorProfileLoader.FOLDER + "/" + slug + ".yml",
                    "# Imported from WordPress; add role, bio and links.\nname: " + ReplyFile.quoted(name) + "\n")) {
                report.imported("author profiles");
            }
        }
    }
}
