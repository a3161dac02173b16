package org.broadsheet.images;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.exif.ExifReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.broadsheet.source.ImageSettings;
import org.broadsheet.source.JpegSize;

/**
 * Reads an image the right way up and scales it down. Scaling halves the image with bilinear
 * filtering until one more halving would pass the target, then takes the last step: one bilinear
 * step from 3000 to 480 pixels samples only a few source pixels per output pixel and aliases,
 * while a single area-averaging step ({@code SCALE_AREA_AVERAGING}) is many times slower.
 */
final class Resizer {

    private Resizer() {
    }

    /** The image in {@code file}, turned as {@code orientation} says; null when ImageIO cannot read it. */
    static BufferedImage read(Path file, int orientation) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        return image == null ? null : orient(image, orientation);
    }

    /** The EXIF orientation of the image in {@code file}: 1 (as stored) when it has none or is not a JPEG. */
    static int orientation(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return JpegSize.orientation(JpegMetadataReader.readMetadata(in, List.of(new ExifReader())));
        } catch (ImageProcessingException e) {
            return 1; // not a JPEG, or its segments are damaged: shown as stored
        }
    }

    /** The image as it shows, for an EXIF orientation from 1 (as stored) to 8. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(3 * Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        boolean turned = JpegSize.quarterTurned(orientation);
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, typeOf(image));
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The image scaled to {@code width} pixels wide, its height in proportion (at least 1). */
    static BufferedImage scale(BufferedImage image, int width) {
        return scale(image, width, Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth())));
    }

    private static BufferedImage scale(BufferedImage image, int width, int targetHeight) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = draw(current, current.getWidth() / 2, Math.max(targetHeight, current.getHeight() / 2));
        }
        return current.getWidth() == width && current.getHeight() == targetHeight ? current
                : draw(current, width, targetHeight);
    }

    /**
     * The largest centred part of {@code image} of this shape ("16x9"), scaled down to
     * {@link ImageSettings#CROP_WIDTH} where it is wider.
     */
    static BufferedImage crop(BufferedImage image, String shape) {
        String[] ratio = shape.split("x");
        int across = Integer.parseInt(ratio[0]);
        int down = Integer.parseInt(ratio[1]);
        int width = Math.min(image.getWidth(), image.getHeight() * across / down);
        int height = Math.max(1, width * down / across);
        BufferedImage part = image.getSubimage((image.getWidth() - width) / 2, (image.getHeight() - height) / 2, width, height);
        int cropWidth = ImageSettings.CROP_WIDTH;
        return width > cropWidth ? scale(part, cropWidth, cropWidth * down / across) : part;
    }

    private static BufferedImage draw(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, typeOf(image));
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** RGB, or ARGB where the image has transparency: the types Java2D draws fastest and the encoders take. */
    static int typeOf(BufferedImage image) {
        return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    }
}
