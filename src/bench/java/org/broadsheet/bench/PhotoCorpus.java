package org.broadsheet.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * Writes a site of N page bundles, each an article with its own 3000×2000 JPEG as its lead image
 * and in its body. Drawing and encoding a photo-like image (a gradient sky, shapes and grain)
 * takes about a second, so 25 are drawn and each article's file is one of them with a comment
 * segment naming the article: the pixels, and so the work of resizing, are a photo's, and no two
 * files have the same bytes, so no two share an entry of the build cache. Run as a single-file program:
 *
 * <pre>java src/bench/java/org/broadsheet/bench/PhotoCorpus.java OUT [PHOTOS]</pre>
 */
public final class PhotoCorpus {

    private static final int WIDTH = 3000;
    private static final int HEIGHT = 2000;
    private static final int BASES = 25;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int photos = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Files.createDirectories(out.resolve("content/world"));
        Files.writeString(out.resolve("broadsheet.yml"), "title: Photo Desk\nbaseUrl: https://example.org/\n");
        List<byte[]> drawn = IntStream.range(0, Math.min(BASES, photos)).parallel()
                .mapToObj(i -> jpeg(photo(new Random(i)))).toList();
        IntStream.range(0, photos).parallel().forEach(i -> write(out, i, drawn.get(i % drawn.size())));
        System.out.println("wrote " + photos + " articles with a " + WIDTH + "x" + HEIGHT + " JPEG each under " + out);
    }

    private static void write(Path out, int i, byte[] jpeg) {
        Path bundle = out.resolve("content/world/story-" + i);
        try {
            Files.createDirectories(bundle);
            Files.write(bundle.resolve("photo.jpg"), withComment(jpeg, "story " + i));
            Files.writeString(bundle.resolve("index.md"), "---\ntitle: Story " + i + "\ndate: 2026-01-01T00:00:00Z\n"
                    + "image:\n  src: photo.jpg\n  alt: Photo " + i + "\n---\nText of story " + i + ".\n\n"
                    + "![Photo " + i + "](photo.jpg)\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JPEG with a COM segment holding {@code text} right after its start-of-image marker. */
    private static byte[] withComment(byte[] jpeg, String text) {
        byte[] comment = text.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[jpeg.length + 4 + comment.length];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((comment.length + 2) >> 8);
        out[5] = (byte) (comment.length + 2);
        System.arraycopy(comment, 0, out, 6, comment.length);
        System.arraycopy(jpeg, 2, out, 6 + comment.length, jpeg.length - 2);
        return out;
    }

    private static BufferedImage photo(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), 0, HEIGHT, new Color(random.nextInt(0xffffff))));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        for (int s = 0; s < 60; s++) {
            g.setColor(new Color(random.nextInt(0xffffff)));
            g.fillOval(random.nextInt(WIDTH), random.nextInt(HEIGHT), 50 + random.nextInt(600), 50 + random.nextInt(400));
        }
        g.dispose();
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) { // grain, as a sensor's: what makes a photo's JPEG large
            image.getRGB(0, y, WIDTH, 1, row, 0, WIDTH);
            for (int x = 0; x < WIDTH; x++) {
                int n = random.nextInt(17) - 8;
                int p = row[x];
                row[x] = clamp((p >> 16 & 0xff) + n) << 16 | clamp((p >> 8 & 0xff) + n) << 8 | clamp((p & 0xff) + n);
            }
            image.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
