package org.broadsheet.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.SourceFile;

/**
 * Everything a build reads, as one fingerprint: Broadsheet's build, every option of the request,
 * the bytes of {@code broadsheet.yml} and of every environment's {@code broadsheet.ENV.yml}, and the path, size and time of every template, text
 * bundle, approved reply and content file. When it matches the last build's, and the build's
 * "now" is one for which that build's output holds, the site on disk is already what this build
 * would write.
 *
 * @param key            the fingerprint
 * @param newestModified the latest modification time among the files (epoch nanoseconds)
 */
public record Inputs(long key, long newestModified) {

    /**
     * @param folders the folders of the site folder that a build reads, {@code content/} among them
     * @param options every option of the request that decides what the site looks like, as text
     * @param files   the content files, as the load stage listed them
     */
    public static Inputs of(Path root, List<String> folders, String options, List<SourceFile> files, String version) {
        Fingerprint fingerprint = new Fingerprint().add(version).add(options);
        long newest = 0;
        try {
            // broadsheet.yml and every environment's broadsheet.ENV.yml: the request names the environment
            try (DirectoryStream<Path> settings = Files.newDirectoryStream(root, "broadsheet*.yml")) {
                for (Path file : StreamSupport.stream(settings.spliterator(), false).sorted().toList()) {
                    fingerprint.add(file.getFileName().toString())
                            .add(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
                }
            }
            // content/ was listed by the load stage: its files are added below
            for (String folder : folders.stream().filter(f -> !f.equals(ContentLoader.FOLDER)).toList()) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                        long modified = attributes.lastModifiedTime().toMillis() * 1_000_000L;
                        fingerprint.add(root.relativize(file).toString()).add(attributes.size()).add(modified);
                        newest = Math.max(newest, modified);
                    }
                }
            }
        } catch (IOException e) {
            // something cannot be read: never call the site unchanged; the stage that reads it says what is wrong
            fingerprint.add(System.nanoTime());
        }
        for (SourceFile file : files) {
            fingerprint.add(file.contentPath()).add(file.size()).add(file.modified());
            newest = Math.max(newest, file.modified());
        }
        return new Inputs(fingerprint.value(), newest);
    }
}
