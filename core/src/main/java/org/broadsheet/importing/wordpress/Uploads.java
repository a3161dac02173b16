package org.broadsheet.importing.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The files under {@code wp-content/uploads/} that a post links, found in the folder given with {@code --media}. */
final class Uploads {

    private static final Pattern UPLOAD = Pattern.compile("https?://[^\\s)\"'<>]*?/wp-content/uploads/([^\\s)\"'<>?#]+)");

    /** A file to copy: the URL the body links, the file's name in the bundle, and where it is. */
    record Upload(String url, String name, Path source) {
    }

    private Uploads() {
    }

    /**
     * The uploads {@code markdown} links that the media folder holds; those it does not, or all
     * without a media folder, are counted in a line of the report.
     */
    static List<Upload> find(Wxr.Item item, String markdown, Optional<Path> media, ImportReport report) {
        List<Upload> found = new ArrayList<>();
        Matcher m = UPLOAD.matcher(markdown);
        int missing = 0;
        while (m.find()) {
            String url = m.group();
            if (found.stream().anyMatch(f -> f.url().equals(url))) {
                continue;
            }
            String under = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            Optional<Path> file = media.map(folder -> folder.resolve(under).normalize())
                    .filter(f -> f.startsWith(media.get()) && Files.isRegularFile(f));
            if (file.isPresent()) {
                found.add(new Upload(url, file.get().getFileName().toString(), file.get()));
            } else {
                missing++;
            }
        }
        if (missing > 0) {
            report.review(item, missing + " link(s) to files on the old site's wp-content/uploads are left as they were"
                    + (media.isPresent() ? " (not in the media folder)" : " (no --media folder was given)"));
        }
        return found;
    }
}
