package org.broadsheet.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an image in its source's format or as WebP, with no metadata but what the format itself
 * needs (a JPEG's JFIF header), into a file that appears whole or not at all.
 */
final class Encoder {

    private Encoder() {
    }

    /** Writes {@code image} to {@code file} as JPEG at {@code quality} (1 to 100) or as PNG, by the file's extension. */
    static void write(BufferedImage image, Path file, int quality) throws IOException {
        boolean jpeg = !file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
        ImageWriter writer = writer(jpeg ? "jpeg" : "png");
        write(writer, jpeg ? opaque(image) : image, file, param -> {
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            } else if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0f); // the JDK's PNG writer: 0 is the strongest deflate
            }
        });
    }

    /**
     * Writes {@code image} to {@code file} as WebP through libwebp: lossy at {@code quality} for a
     * photo (a JPEG source), lossless for a PNG source, whose pixels are exact on purpose. Throws
     * {@link LinkageError} where libwebp's native code cannot be loaded on this machine.
     */
    static void writeWebp(BufferedImage image, Path file, int quality, boolean lossless) throws IOException {
        write(writer("webp"), argb(image), file, param -> {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[lossless ? 1 : 0]); // "Lossy", "Lossless"
            param.setCompressionQuality(lossless ? 1f : quality / 100f);
        });
    }

    private static void write(ImageWriter writer, BufferedImage image, Path file, Consumer<ImageWriteParam> settings)
            throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".part-" + Thread.currentThread().getId());
        try (OutputStream out = Files.newOutputStream(partial); ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            settings.accept(param);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ImageWriter writer(String format) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no " + format + " writer");
        }
        return writers.next();
    }

    /** The image as libwebp's binding takes it: packed RGB or ARGB ints (not gray or palette PNG pixels). */
    private static BufferedImage argb(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(),
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** A JPEG has no alpha channel: an image that has one is drawn on white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
