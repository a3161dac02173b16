package org.broadsheet.comments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.broadsheet.model.Site;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * The articles that take replies, as the last build published them: each build writes them to
 * {@code .broadsheet/replies/articles.tsv} in the site folder, and the intake server reads them
 * to refuse replies to articles that do not exist. The file lives in the site folder, not in the
 * output, because the server is given the site folder and the output may be anywhere; it is
 * hidden because nobody edits it.
 *
 * <p>One line per article, sorted by id, fields separated by tabs: the id, the article's
 * absolute URL, and the URL of the thank-you page a reader is sent to (one per language, once
 * the site has several). Tabs, line breaks and '%' in a field are percent-encoded.
 */
public final class ReplyTargets {

    /** Where the list is, relative to the site folder. */
    public static final String FILE = ".broadsheet/replies/articles.tsv";

    /** One article that takes replies. */
    public record Target(String id, String url, String thanksUrl) {
    }

    private ReplyTargets() {
    }

    /**
     * Records the site's articles after a build; a failure is a warning, since the site itself
     * was built.
     *
     * @param thanksPath the site path of the thank-you page, e.g. {@code replies/thanks/}
     */
    public static void record(Path siteRoot, Site site, String thanksPath, Problems problems) {
        var base = site.config().baseUrl();
        try {
            // a preview built with --drafts does not open its drafts to replies; each language thanks in its own
            write(siteRoot, site.editions().stream().flatMap(edition -> edition.articles().stream()
                    .filter(a -> !a.draft())
                    .map(a -> new Target(a.id(), base.absolute(a.path()),
                            base.absolute(edition.language().path(thanksPath))))).toList());
        } catch (IOException e) {
            problems.warning(SourcePosition.of(FILE), "cannot be written, so `broadsheet replies serve` still takes "
                    + "replies for the articles of the build before: " + e.getMessage());
        }
    }

    /** Replaces the list with {@code targets}, atomically: a reader sees the old list or the new one. */
    public static void write(Path siteRoot, List<Target> targets) throws IOException {
        Path file = siteRoot.resolve(FILE);
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write("# Written by `broadsheet build`: the articles that take replies. id, url, thank-you page.\n");
                for (Target t : targets.stream().sorted(Comparator.comparing(Target::id)).toList()) {
                    out.write(encode(t.id()) + '\t' + encode(t.url()) + '\t' + encode(t.thanksUrl()) + '\n');
                }
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The list of the last build, by id.
     *
     * @throws java.nio.file.NoSuchFileException when the site has not been built with comments on
     */
    public static Map<String, Target> read(Path siteRoot) throws IOException {
        Map<String, Target> targets = new LinkedHashMap<>();
        for (String line : Files.readAllLines(siteRoot.resolve(FILE), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            if (line.startsWith("#") || fields.length != 3) {
                continue;
            }
            Target target = new Target(decode(fields[0]), decode(fields[1]), decode(fields[2]));
            targets.put(target.id(), target);
        }
        return targets;
    }

    private static String encode(String field) {
        return field.replace("%", "%25").replace("\t", "%09").replace("\n", "%0A").replace("\r", "%0D");
    }

    private static String decode(String field) {
        return field.replace("%09", "\t").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%");
    }
}
