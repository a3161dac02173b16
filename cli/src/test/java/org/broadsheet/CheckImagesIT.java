package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * broadsheet check on images that make readers wait: one without srcset that is too heavy or too
 * wide. The same file shown through Markdown has a srcset, and is not warned about.
 */
class CheckImagesIT {

    @Test
    void anImageOverTheSizeAndAWideImageWithoutSrcsetAreWarnedAbout(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/\nimages:\n  widths: [400, 800]\n  maxSizeKb: 6\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", """
                        ![Drawn](/images/wide.png)

                        <img src="/images/raw.png" alt="Raw">

                        <img src="/images/small.png" alt="Small raw">
                        """)
                .bytes("content/images/wide.png", TestImages.noise(900, 60))
                .bytes("content/images/raw.png", TestImages.noise(900, 60))
                .bytes("content/images/small.png", TestImages.halves("png", 300, 20));
        TestSite.Run run = CheckIT.check(site.root());
        List<String> warnings = Arrays.stream(run.out().split("\n")).filter(l -> l.contains("image")).toList();
        assertEquals(List.of(
                "content/world/a.md:7: warning: image /images/raw.png is 159 KB, more than images.maxSizeKb (6 KB); "
                        + "readers on slow connections wait for it",
                "content/world/a.md:7: warning: image /images/raw.png is 900 px wide and has no srcset, so phones "
                        + "download all of it; show it with Markdown (![alt](/images/raw.png)), which publishes it "
                        + "in widths up to 800 px"), warnings, run.toString());
    }
}
