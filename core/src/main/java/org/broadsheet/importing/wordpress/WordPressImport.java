package org.broadsheet.importing.wordpress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.problem.Problems;
import org.broadsheet.scaffold.ScaffoldException;
import org.broadsheet.scaffold.SiteScaffold;

/**
 * Imports a WordPress export into a site folder. The export is read twice, streaming: once to
 * check that it is well-formed and to learn its authors and attachments, before anything is
 * written; then to write each item.
 */
public final class WordPressImport {

    /**
     * @param export     the WXR file
     * @param site       the site folder
     * @param into       whether {@code site} is an existing site; else a new one is made there
     * @param media      a copy of {@code wp-content/uploads}, or empty
     * @param sectionMap WordPress category nicenames to section folder names
     * @param now        the time of the import: the date of an item that has none
     */
    public record Options(Path export, Path site, boolean into, Optional<Path> media, Map<String, String> sectionMap,
            ZonedDateTime now) {
        public Options {
            sectionMap = Map.copyOf(sectionMap);
        }
    }

    /** Thrown when the site folder cannot take the import; nothing was written. */
    public static final class SiteException extends Exception {
        public SiteException(String message) {
            super(message);
        }
    }

    private final WxrReader reader = new WxrReader();
    private final WordPressHtml html = new WordPressHtml();

    /**
     * Runs the import and returns its report.
     *
     * @throws WxrException  when the export is malformed; nothing was written
     * @throws SiteException when the site folder cannot be used; nothing was written
     */
    public ImportReport run(Options options) throws WxrException, SiteException, IOException {
        Map<String, String> authors = new HashMap<>();
        Map<String, Wxr.Attachment> attachments = new HashMap<>();
        Map<String, String> exported = new HashMap<>();
        reader.read(options.export(), new WxrReader.Sink() {
            @Override
            public void site(Map<String, String> fields) {
                exported.putAll(fields);
            }

            @Override
            public void author(Wxr.Author author) {
                authors.put(author.login(), author.displayName().isBlank() ? author.login() : author.displayName());
            }

            @Override
            public void item(Wxr.Item item) {
                if (item.type().equals("attachment")) {
                    attachments.put(item.id(), Wxr.Attachment.of(item));
                }
            }
        });
        SiteConfig config = site(options, exported);
        ImportReport report = new ImportReport();
        SiteFiles files = new SiteFiles(options.site(), report);
        new AuthorWriter(files, report).write(authors.values());
        ArticleWriter articles = new ArticleWriter(files, report, html, new ArticleWriter.Context(config, authors,
                attachments, options.media().map(p -> p.toAbsolutePath().normalize()), options.sectionMap(), options.now()));
        CommentWriter comments = new CommentWriter(files, report, html);
        reader.read(options.export(), new WxrReader.Sink() {
            @Override
            public void author(Wxr.Author author) {
            }

            @Override
            public void item(Wxr.Item item) throws IOException {
                Optional<String> reason = ItemKinds.skipReason(item);
                if (reason.isPresent()) {
                    report.skipped(reason.get());
                    return;
                }
                Optional<String> id = articles.write(item, item.type().equals("page"));
                if (id.isPresent() && !item.type().equals("page")) {
                    comments.write(item, id.get());
                } else if (id.isPresent() && !item.comments().isEmpty()) {
                    report.review(item, "is a page; its " + item.comments().size() + " comment(s) were not imported");
                }
            }
        });
        if (options.media().isEmpty() && !attachments.isEmpty()) {
            report.review("without --media, images and files stay linked to the old site; "
                    + "give --media a copy of wp-content/uploads to bring them into the article folders");
        }
        return report;
    }

    /** Makes the new site, or reads the existing one's settings. */
    private static SiteConfig site(Options options, Map<String, String> exported) throws SiteException, IOException {
        if (options.into()) {
            if (!Files.isRegularFile(options.site().resolve(SiteConfig.FILE))) {
                throw new SiteException(options.site() + " is not a site folder: it has no " + SiteConfig.FILE);
            }
        } else {
            try {
                for (Path file : SiteScaffold.create(options.site(), options.now())) {
                    if (file.endsWith(Path.of("content", "news", "welcome.md"))) {
                        Files.delete(file); // the new site's sample article is not the newsroom's
                        Files.delete(file.getParent());
                    } else if (file.endsWith(SiteConfig.FILE)) {
                        Files.writeString(file, SiteSettings.of(exported).into(Files.readString(file)));
                    }
                }
            } catch (ScaffoldException e) {
                throw new SiteException(e.getMessage() + " (to import into an existing site, use --into)");
            }
        }
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigLoader().load(options.site(), problems);
        if (problems.hasErrors()) {
            throw new SiteException(problems.all().get(0).toString());
        }
        return config;
    }
}
