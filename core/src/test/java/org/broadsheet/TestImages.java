package org.broadsheet;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real image files made in the test: JPEGs with EXIF orientation, GPS and long metadata, as cameras write them. */
final class TestImages {

    private TestImages() {
    }

    /** A JPEG or PNG of that size: its left half red, its right half blue, so a turn shows. */
    static byte[] halves(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, format);
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of random pixels, which no compression makes small. */
    static byte[] noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encode(image, "png");
    }

    /**
     * The JPEG with an EXIF segment right after its start: the orientation (1 to 8) and a GPS
     * position, as a phone writes them.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(128); // big-endian, as "MM" says
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2); // IFD0: orientation, and where the GPS IFD is
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
        tiff.putInt(0);
        tiff.putShort((short) 1); // GPS IFD at 38: latitude reference "N"
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putInt(0);
        byte[] exif = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(tiff.array(), tiff.position()));
        return insertAfterStart(jpeg, segment(0xE1, exif));
    }

    /** The JPEG with {@code kilobytes} of application data (APP11 segments) before its frame. */
    static byte[] withLongMetadata(byte[] jpeg, int kilobytes) {
        byte[] out = jpeg;
        for (int left = kilobytes * 1024; left > 0; left -= 60_000) {
            out = insertAfterStart(out, segment(0xEB, new byte[Math.min(left, 60_000)]));
        }
        return out;
    }

    private static byte[] segment(int marker, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + data.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (data.length + 2)).put(data);
        return b.array();
    }

    private static byte[] insertAfterStart(byte[] jpeg, byte[] segment) {
        return concat(Arrays.copyOf(jpeg, 2), concat(segment, Arrays.copyOfRange(jpeg, 2, jpeg.length)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
