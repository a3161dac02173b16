package org.broadsheet.article;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.broadsheet.cache.BuildCache;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.markdown.ImageRef;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.run.Parallel;
import org.broadsheet.run.StageListener;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;

/**
 * Reads the article files, file by file in parallel, and hands each one's text to
 * {@link ArticleParsing}. A file the cache knows unchanged is not read at all; each file's text
 * is dropped once rendered, so memory holds only what the site model needs.
 */
public final class ArticleReading {

    /** An article larger than this is a mistake (a pasted dump), not news. */
    public static final long MAX_ARTICLE_BYTES = 8L << 20;

    private final ArticleParsing parsing;
    private final BuildCache cache;
    private final ImageFiles images;
    private final Problems problems;
    private final StageListener progress;

    /** @param progress told of each file read */
    public ArticleReading(SiteConfig config, ImageFiles images, BuildCache cache, Problems problems,
            StageListener progress) {
        this.progress = progress;
        this.parsing = new ArticleParsing(config, images, cache.bodies());
        this.cache = cache;
        this.images = images;
        this.problems = problems;
    }

    /** The settings that parsing depends on, for the cache: any change means reading every file again. */
    public static long parseKey(SiteConfig config, String version) {
        return new Fingerprint().add(version).add(config.timezone().getId()).add(config.baseUrl().path())
                .add(config.unsafeHtml()).add(config.images().widths().toString())
                .add(config.images().webp()).value();
    }

    /** The Markdown files among {@code files} as rendered articles; what is wrong with the others goes to the problems. */
    public List<RenderedArticle> readAll(List<SourceFile> files) {
        return Parallel.run(() -> files.parallelStream().filter(SourceFile::isMarkdown)
                .map(file -> {
                    Optional<RenderedArticle> article = read(file);
                    progress.itemDone();
                    return article;
                }).flatMap(Optional::stream).toList());
    }

    private Optional<RenderedArticle> read(SourceFile file) {
        Optional<RenderedArticle> unchanged = cache.reuse(file, images::stamp);
        if (unchanged.isPresent()) {
            return unchanged;
        }
        try {
            byte[] bytes = Files.readAllBytes(file.path());
            if (bytes.length > MAX_ARTICLE_BYTES) {
                problems.error(SourcePosition.of(file.sitePath()), "is larger than " + (MAX_ARTICLE_BYTES >> 20)
                        + " MB; an article that large is most likely a mistake");
                return Optional.empty();
            }
            long hash = Fingerprint.of(bytes);
            Optional<RenderedArticle> same = cache.reuse(file, hash, images::stamp);
            if (same.isPresent()) {
                return same;
            }
            Optional<RenderedArticle> rendered = parsing.parse(file, bytes, problems);
            rendered.ifPresent(article -> cache.record(article, hash, images.stamp(file.contentPath(),
                    article.images().stream().map(ImageRef::src).toList())));
            return rendered;
        } catch (IOException e) {
            problems.error(SourcePosition.of(file.sitePath()), "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
