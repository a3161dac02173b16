package org.broadsheet.cache;

import java.util.List;
import java.util.Map;
import org.broadsheet.frontmatter.FileName;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.markdown.ArticleLink;
import org.broadsheet.markdown.ImageRef;
import org.broadsheet.markdown.TemplateCode;
import org.broadsheet.problem.Problem;

/**
 * What one build read and wrote, as the next build finds it in {@code .broadsheet/cache/}.
 *
 * @param version    the Broadsheet version that wrote it; another version's cache is not used
 * @param parseKey   the settings that parsing depends on (time zone, base path, raw HTML)
 * @param inputsKey  every input at once (settings, options, templates, file sizes and times):
 *                   when it matches, nothing changed and the build has nothing to do
 * @param buildId    names the output written; the output folder's marker names it too
 * @param output     the output folder it wrote, absolute
 * @param pack       the body pack's file name; {@code packLength} bytes of it are valid
 * @param savedAt    when it was saved (epoch nanoseconds): a file modified within a moment of
 *                   this is read again, since its time cannot tell an edit made in that moment
 * @param valid      the builds' "now"s for which the same inputs make this very output
 * @param sources    each article read, by content path
 * @param outputs    each file written, by output path
 * @param summary    the counts the build printed, and its warnings
 */
public record Manifest(String version, long parseKey, long inputsKey, String buildId, String output, String pack,
        long packLength, long savedAt, Validity valid, Map<String, Source> sources, Map<String, Output> outputs,
        Summary summary) {

    /**
     * An article as the last build read it; {@code imageStamp} fingerprints the image files its
     * body named, whose sizes the body's HTML holds.
     */
    public record Source(long size, long modified, long hash, BodyPack.Ref body, FileName fileName,
            FrontMatter frontMatter, String excerpt, String searchText, int wordCount, int readingMinutes,
            List<ImageRef> images, List<ArticleLink> links,
            List<TemplateCode> templateCode, long imageStamp) {

        /** The same article read from a file of this size, time and hash. */
        Source of(long size, long modified, long hash) {
            return new Source(size, modified, hash, body, fileName, frontMatter, excerpt, searchText, wordCount,
                    readingMinutes, images, links, templateCode, imageStamp);
        }

        /** The same article with its body at another place. */
        Source withBody(BodyPack.Ref ref) {
            return new Source(size, modified, hash, ref, fileName, frontMatter, excerpt, searchText, wordCount,
                    readingMinutes, images, links, templateCode, imageStamp);
        }
    }

    /**
     * The span of "now" in which a build makes the same output from the same inputs, in epoch
     * seconds: from the build's own "now" (an earlier one may hold back articles this one
     * published) until the first moment that changes the output by the clock alone (a
     * scheduled article falls due, one expires or leaves the news sitemap, a new year).
     */
    public record Validity(long from, long until) {

        public boolean contains(long epochSecond) {
            return from <= epochSecond && epochSecond < until;
        }
    }

    /** A file as the last build wrote it: the fingerprint of its inputs and of its bytes. */
    public record Output(long fingerprint, long contentHash) {
    }

    /**
     * What the last build reported; {@code scheduled} names the next article due and when
     * ({@code content/world/x.md} and an ISO date), or is empty; {@code expiring} the same of
     * the next article to expire.
     */
    public record Summary(int pages, int articles, int sections, int tags, int authors,
            List<Problem> warnings, List<String> scheduled, List<String> expiring) {
        public Summary {
            warnings = List.copyOf(warnings);
            scheduled = List.copyOf(scheduled);
            expiring = List.copyOf(expiring);
        }
    }
}
