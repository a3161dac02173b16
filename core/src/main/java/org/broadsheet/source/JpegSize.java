package org.broadsheet.source;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.jpeg.JpegDirectory;
import com.drew.metadata.jpeg.JpegReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A JPEG's size as shown: read from its frame header wherever that is (after any amount of
 * metadata), with width and height swapped when its EXIF orientation turns it a quarter.
 */
public final class JpegSize {

    private JpegSize() {
    }

    static boolean isJpeg(byte[] head) {
        return head.length >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF;
    }

    static Optional<ImageFiles.Size> read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Metadata metadata = JpegMetadataReader.readMetadata(in, List.of(new JpegReader(), new ExifReader()));
            JpegDirectory frame = metadata.getFirstDirectoryOfType(JpegDirectory.class);
            if (frame == null) {
                return Optional.empty();
            }
            int width = frame.getImageWidth();
            int height = frame.getImageHeight();
            return quarterTurned(orientation(metadata)) ? ImageFiles.size(height, width) : ImageFiles.size(width, height);
        } catch (IOException | ImageProcessingException | MetadataException e) {
            return Optional.empty();
        }
    }

    /** The EXIF orientation (1 to 8) of a JPEG's metadata, 1 when it has none. */
    public static int orientation(Metadata metadata) {
        ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
            return 1;
        }
        try {
            int value = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return value >= 1 && value <= 8 ? value : 1;
        } catch (MetadataException e) {
            return 1;
        }
    }

    /** Whether an image of this orientation shows turned a quarter, so its width is the stored height. */
    public static boolean quarterTurned(int orientation) {
        return orientation >= 5;
    }
}
