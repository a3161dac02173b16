package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestPathsTest {

    @Test
    void pathsUnderTheBasePathBecomeSitePaths() throws Exception {
        assertEquals(Optional.of(""), RequestPaths.underBase("/news/", "/news/"));
        assertEquals(Optional.of("world/storm/"), RequestPaths.underBase("/news/world/storm/", "/news/"));
        assertEquals(Optional.of("assets/broadsheet.css"), RequestPaths.underBase("/assets/broadsheet.css", "/"));
    }

    @Test
    void segmentsArePercentDecodedAsUtf8AndPlusStaysAPlus() throws Exception {
        assertEquals(Optional.of("tags/c++/"), RequestPaths.underBase("/tags/c%2B%2B/", "/"));
        assertEquals(Optional.of("world/año-nuevo/"), RequestPaths.underBase("/world/a%C3%B1o-nuevo/", "/"));
        assertEquals(Optional.of("a+b"), RequestPaths.underBase("/a+b", "/"));
    }

    @Test
    void pathsOutsideTheBasePathAreNotTheSites() throws Exception {
        assertEquals(Optional.empty(), RequestPaths.underBase("/", "/news/"));
        assertEquals(Optional.empty(), RequestPaths.underBase("/newsroom/", "/news/"));
    }

    @Test
    void pathsThatCouldLeaveTheSiteAreRefused() {
        for (String path : new String[] {"/..%2f..%2fetc/passwd", "/news/../x", "/news/./x", "/%2e%2e/x", "/a%5cb",
                "/a%00b", "/a//b", "/%zz", "/%e", "/%C3%28", "relative"}) {
            assertThrows(RequestPaths.BadPath.class, () -> RequestPaths.underBase(path, "/"), path);
        }
    }
}
