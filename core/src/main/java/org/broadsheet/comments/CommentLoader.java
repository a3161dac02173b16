package org.broadsheet.comments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.FileTree;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SourceText;

/**
 * The comments stage: reads every approved reply under {@code comments/<article id>/}, reports
 * each malformed file and each reply whose article is gone at its file and line, and threads
 * the rest under their articles. Hidden files are skipped (the moderation tools write through
 * hidden temporary files), and so are symbolic links, with a warning, as under {@code content/}.
 */
public final class CommentLoader {

    /** The folder of approved replies in the site folder. */
    public static final String FOLDER = "comments";
    /** A reply is at most 10,000 characters; a file far larger is a mistake. */
    private static final long MAX_BYTES = 256 * 1024;

    private final ReplySettings settings;
    private final ReplyReader reader;
    private final ZoneId zone;
    private final CommentMarkdown markdown = new CommentMarkdown();

    /** @param zone the site's zone, for dates written without an offset */
    public CommentLoader(ReplySettings settings, ZoneId zone) {
        this.settings = settings;
        this.reader = new ReplyReader(zone);
        this.zone = zone;
    }

    /**
     * @param files the site's content files: a reply may belong to any article among them, a
     *              draft included (its replies then wait with it)
     */
    public Comments load(Path siteRoot, List<SourceFile> files, Problems problems) {
        Path folder = siteRoot.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new Comments(Map.of(), settings.fields(), settings.maxDepth());
        }
        Set<String> articles = new HashSet<>();
        files.stream().filter(SourceFile::isMarkdown).forEach(f -> articles.add(articleId(f.contentPath())));
        Map<String, List<CommentThreads.Loaded>> byArticle = replyFiles(siteRoot, problems).parallelStream()
                .map(file -> load(file, articles, problems))
                .flatMap(Optional::stream)
                .collect(Collectors.groupingBy(l -> articleOf(l.source()), TreeMap::new, Collectors.toList()));
        CommentThreads threads = new CommentThreads(settings.maxDepth());
        Map<String, Comments.Discussion> discussions = new TreeMap<>();
        byArticle.forEach((article, replies) -> discussions.put(article, threads.thread(article, replies, problems)));
        return new Comments(discussions, settings.fields(), settings.maxDepth());
    }

    /** An article's id from its content path, as the site model makes it: {@code world/story}. */
    static String articleId(String contentPath) {
        return contentPath.replaceAll("(/index)?\\.(md|markdown)$", "");
    }

    /** The article a reply file belongs to: its folder under comments/. */
    private static String articleOf(String sitePath) {
        return sitePath.substring(FOLDER.length() + 1, sitePath.lastIndexOf('/'));
    }

    private Optional<CommentThreads.Loaded> load(FileTree.Entry entry, Set<String> articles, Problems problems) {
        Path file = entry.file();
        String sitePath = entry.sitePath();
        if (!entry.path().contains("/")) {
            problems.error(SourcePosition.of(sitePath), "is not in an article's folder: a reply to content/world/story.md "
                    + "goes in " + FOLDER + "/world/story/");
            return Optional.empty();
        }
        String article = articleOf(sitePath);
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                problems.error(SourcePosition.of(sitePath), "is larger than " + (MAX_BYTES >> 10) + " KB; a reply that long is a mistake");
                return Optional.empty();
            }
            text = SourceText.decode(Files.readAllBytes(file));
        } catch (SourceText.UnreadableTextException e) {
            problems.error(SourcePosition.of(sitePath, e.line()), e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.error(SourcePosition.of(sitePath), "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        List<ReplyReader.Issue> issues = new ArrayList<>();
        Optional<ReplyReader.ReadReply> read = reader.read(text, false, issues);
        for (ReplyReader.Issue issue : issues) {
            if (issue.error()) {
                problems.error(SourcePosition.of(sitePath, issue.line()), issue.message());
            } else {
                problems.warning(SourcePosition.of(sitePath, issue.line()), issue.message());
            }
        }
        if (!articles.contains(article)) {
            problems.error(SourcePosition.of(sitePath, 1), "is a reply to " + article + ", but no article has that id "
                    + "(was it moved or deleted?); move the reply to its article's folder under " + FOLDER
                    + "/, or delete it");
            return Optional.empty();
        }
        return read.map(r -> new CommentThreads.Loaded(r.reply().inZone(zone), sitePath, r.lineOf("id"), r.lineOf("replyTo"),
                markdown.render(r.reply().body())));
    }

    /** The reply files under {@code comments/}, sorted by path; any other file is reported and left out. */
    private static List<FileTree.Entry> replyFiles(Path root, Problems problems) {
        List<FileTree.Entry> files = new ArrayList<>();
        for (FileTree.Entry entry : FileTree.files(root, FOLDER, problems)) {
            if (entry.path().endsWith(ReplyFile.EXTENSION)) {
                files.add(entry);
            } else {
                problems.warning(SourcePosition.of(entry.sitePath()), "is not a reply (they end in "
                        + ReplyFile.EXTENSION + "), so it is ignored");
            }
        }
        return files;
    }
}
