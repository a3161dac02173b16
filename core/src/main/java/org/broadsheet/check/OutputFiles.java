package org.broadsheet.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Every file of a built site, by output path, and which one a URL path of the site is served from. */
final class OutputFiles {

    private final Path root;
    private final Set<String> files;

    private OutputFiles(Path root, Set<String> files) {
        this.root = root;
        this.files = files;
    }

    static OutputFiles of(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return new OutputFiles(output, walk.filter(Files::isRegularFile)
                    .map(p -> output.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals(".broadsheet-site"))
                    .collect(Collectors.toUnmodifiableSet()));
        }
    }

    /**
     * The file a static host serves for {@code path} ({@code world/x/} is {@code world/x/index.html},
     * and so is {@code world/x}, which hosts redirect), or null when there is none.
     */
    String servedFor(String path) {
        String file = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
        if (files.contains(file)) {
            return file;
        }
        String folder = path + "/index.html";
        return !path.isEmpty() && !path.endsWith("/") && files.contains(folder) ? folder : null;
    }

    /** Output paths ending in {@code extension}, sorted. */
    List<String> endingWith(String extension) {
        return files.stream().filter(f -> f.endsWith(extension)).sorted().toList();
    }

    Path path(String outputPath) {
        return root.resolve(outputPath);
    }
}
