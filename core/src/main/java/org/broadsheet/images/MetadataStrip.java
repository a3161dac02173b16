package org.broadsheet.images;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies a JPEG or PNG without its metadata and without decoding it: its pixels stay as they are,
 * byte for byte. A JPEG keeps its JFIF header, its colour profile (APP2) and Adobe's marker
 * (APP14, which says how CMYK is coded) and loses EXIF and XMP (APP1, where GPS is), IPTC
 * (APP13), the other APPn and comments; a PNG keeps the chunks that say how to show it.
 */
final class MetadataStrip {

    /** The PNG chunks that decide what the image looks like; text, EXIF and time are left out. */
    private static final Set<String> PNG_KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB",
            "iCCP", "sBIT", "pHYs", "acTL", "fcTL", "fdAT");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private MetadataStrip() {
    }

    /** Writes {@code source} without metadata to {@code target}; false, writing nothing, when its structure is not understood. */
    static boolean copy(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        byte[] stripped = isPng(bytes) ? png(bytes) : jpeg(bytes);
        if (stripped == null) {
            return false;
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part-" + Thread.currentThread().getId());
        Files.write(partial, stripped);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    private static boolean isPng(byte[] b) {
        return b.length > PNG_SIGNATURE.length && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8);
    }

    private static byte[] png(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int at = 8;
        while (at + 12 <= b.length) {
            long length = int32(b, at) & 0xffffffffL;
            if (at + 12 + length > b.length) {
                return null;
            }
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (PNG_KEPT.contains(type)) {
                out.write(b, at, (int) length + 12);
            }
            at += (int) length + 12;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        return null;
    }

    private static byte[] jpeg(byte[] b) {
        if (b.length < 4 || (b[0] & 0xff) != 0xFF || (b[1] & 0xff) != 0xD8) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xff) != 0xFF) {
                return null;
            }
            int marker = b[at + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                at++;
                continue;
            }
            if (marker == 0xDA) { // start of scan: the rest is image data
                out.write(b, at, b.length - at);
                return out.toByteArray();
            }
            int length = (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
            if (at + 2 + length > b.length) {
                return null;
            }
            boolean metadata = marker == 0xFE || (marker >= 0xE1 && marker <= 0xEF && marker != 0xE2 && marker != 0xEE);
            if (!metadata) {
                out.write(b, at, length + 2);
            }
            at += 2 + length;
        }
        return null;
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
