package org.broadsheet.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images an article refers to, as files of the site folder: where {@code photo.jpg} or
 * {@code /images/map.png} is under {@code content/}, and how large it is, read from the file's
 * header (PNG, GIF, WebP, SVG) or a JPEG's segments however long its metadata, turned as its
 * EXIF orientation says, so pages can give width and height and nothing shifts as it loads; and
 * the widths it is published in. Thread-safe; each file is read once.
 */
public final class ImageFiles {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** What separates the names of a path: '/', and on Windows the backslash as well, as its paths read. */
    private static final String SEPARATORS = File.separatorChar == '\\' ? "[/\\\\]" : "/";
    private static final Pattern SVG_SIZE = Pattern.compile(
            "<svg[^>]*?\\swidth=\"(\\d{1,6})(?:px)?\"[^>]*?\\sheight=\"(\\d{1,6})(?:px)?\"", Pattern.DOTALL);

    /** An image's size in pixels. */
    public record Size(int width, int height) {
    }

    private final Map<String, SourceFile> files;
    private final ImageSettings settings;
    private final Map<String, Optional<Size>> sizes = new ConcurrentHashMap<>();

    /** @param files every file under {@code content/}, as the load stage found it */
    public ImageFiles(Collection<SourceFile> files) {
        this(files, ImageSettings.DEFAULT);
    }

    /**
     * @param files    every file under {@code content/}, as the load stage found it
     * @param settings the widths images are published in
     */
    public ImageFiles(Collection<SourceFile> files, ImageSettings settings) {
        Map<String, SourceFile> byPath = new HashMap<>(files.size() * 2);
        files.forEach(f -> byPath.put(f.contentPath(), f));
        this.files = byPath;
        this.settings = settings;
    }

    /** The widths the image at this content path is published in besides its own file; none when it is not resized. */
    public List<Integer> widthsOf(String file) {
        return ImageSettings.resizes(file) ? sizeOf(file).map(s -> settings.widthsFor(s.width())).orElse(List.of())
                : List.of();
    }

    /**
     * Whether the image at this content path is published as WebP too, in each of its widths; the
     * image stage publishes it without where libwebp fails on it, and {@code Views} then leaves the
     * WebP out of what shows it.
     */
    public boolean webpOf(String file) {
        return settings.webp() && !widthsOf(file).isEmpty();
    }

    /**
     * A fingerprint of the images a body names, as they are now (which exist, their sizes and
     * times): a body rendered with their sizes is stale when it changes.
     */
    public long stamp(String contentPath, List<String> sources) {
        long stamp = 17;
        for (String src : sources) {
            SourceFile file = isLocal(src) ? fileOf(contentPath, src).map(files::get).orElse(null) : null;
            stamp = stamp * 31 + src.hashCode();
            stamp = stamp * 31 + (file == null ? -1 : file.size() * 1_000_003L + file.modified());
        }
        return stamp;
    }

    /** Whether {@code src} names a file of the site (a path), rather than a URL elsewhere. */
    public static boolean isLocal(String src) {
        return !src.isEmpty() && !src.startsWith("//") && !SCHEME.matcher(src).find();
    }

    /** Whether {@code src} is relative to the article ({@code photo.jpg}) rather than to the site ({@code /images/x.jpg}). */
    public static boolean isRelative(String src) {
        return isLocal(src) && !src.startsWith("/");
    }

    /**
     * The content path of the file ({@code world/photo.jpg}) that a local {@code src} of the
     * article at {@code contentPath} names: beside the article when relative, under
     * {@code content/} when it starts with '/'. Empty when it would leave {@code content/}. The
     * src is a URL, so {@code pier%20at%20dawn.png} names the file {@code pier at dawn.png}:
     * Markdown has no other way to write a space in an image's src. Worked out on the text alone,
     * never made a path of the system: whatever an author writes ({@code %00}, any letter in any
     * locale) is then a file that exists or not, the same on every machine.
     */
    public Optional<String> fileOf(String contentPath, String src) {
        String path = decode(src.replaceFirst("[?#].*$", ""));
        String folder = contentPath.contains("/") ? contentPath.substring(0, contentPath.lastIndexOf('/') + 1) : "";
        Deque<String> names = new ArrayDeque<>();
        for (String name : (path.startsWith("/") ? path.substring(1) : folder + path).split(SEPARATORS)) {
            if (name.equals("..")) {
                if (names.pollLast() == null) {
                    return Optional.empty();
                }
            } else if (!name.isEmpty() && !name.equals(".")) {
                names.addLast(name);
            }
        }
        return Optional.of(String.join("/", names));
    }

    /** The path with its %XX escapes decoded as UTF-8; as written when it is not valid percent-encoding. */
    private static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            // URLDecoder decodes forms, where '+' is a space; in a URL path it is a plus
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Whether the load stage found a file at this content path: no disk access. */
    public boolean exists(String file) {
        return files.containsKey(file);
    }

    /** A content path as messages name it: {@code content/images/map.png}. */
    public static String sitePath(String file) {
        return ContentLoader.FOLDER + "/" + file;
    }

    /** The size of the image at this content path, when the load stage found it and Broadsheet can read it. */
    public Optional<Size> sizeOf(String file) {
        SourceFile found = files.get(file);
        // kept under the file's own string: the one asked with is often a new one, made from a src
        return found == null ? Optional.empty() : sizes.computeIfAbsent(found.contentPath(), f -> sizeOfFile(found.path()));
    }

    /** The size of the image in {@code file} as it shows, when Broadsheet can read it. */
    public static Optional<Size> sizeOfFile(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64 * 1024);
            if (JpegSize.isJpeg(head)) {
                return JpegSize.read(file);
            }
            return png(head).or(() -> gif(head)).or(() -> webp(head)).or(() -> svg(head));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Size> png(byte[] b) {
        if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return size(int32(b, 16), int32(b, 20));
        }
        return Optional.empty();
    }

    private static Optional<Size> gif(byte[] b) {
        if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return size((b[6] & 0xff) | (b[7] & 0xff) << 8, (b[8] & 0xff) | (b[9] & 0xff) << 8);
        }
        return Optional.empty();
    }

    private static Optional<Size> webp(byte[] b) {
        if (b.length < 30 || b[0] != 'R' || b[1] != 'I' || b[8] != 'W' || b[9] != 'E' || b[10] != 'B' || b[11] != 'P') {
            return Optional.empty();
        }
        String chunk = new String(b, 12, 4, StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> size((b[26] & 0xff | (b[27] & 0x3f) << 8), (b[28] & 0xff | (b[29] & 0x3f) << 8));
            case "VP8L" -> {
                int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
                yield size((bits & 0x3fff) + 1, ((bits >> 14) & 0x3fff) + 1);
            }
            case "VP8X" -> size(1 + ((b[24] & 0xff) | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16),
                    1 + ((b[27] & 0xff) | (b[28] & 0xff) << 8 | (b[29] & 0xff) << 16));
            default -> Optional.empty();
        };
    }

    private static Optional<Size> svg(byte[] b) {
        Matcher m = SVG_SIZE.matcher(new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8));
        return m.find() ? size(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : Optional.empty();
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }

    static Optional<Size> size(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }
}
