package org.broadsheet.importing.wordpress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WxrReaderTest {

    @TempDir
    Path dir;

    @Test
    void aWxr11ExportIsReadLikeA12OneAndAPluginsNestedElementsAreNoError() throws Exception {
        Path file = dir.resolve("old.xml");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8" ?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/"
                  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                  xmlns:wp="http://wordpress.org/export/1.1/">
                <channel>
                  <wp:author><wp:author_login>ana</wp:author_login><wp:author_display_name><![CDATA[Ana]]></wp:author_display_name></wp:author>
                  <item><title>Old</title><wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type>
                    <excerpt:encoded><![CDATA[Short.]]></excerpt:encoded>
                    <wp:plugin_data><wp:inner>nested by a plugin</wp:inner></wp:plugin_data>
                    <category domain="category" nicename="world"><![CDATA[World]]></category></item>
                </channel>
                </rss>
                """);
        List<Object> read = new ArrayList<>();
        new WxrReader().read(file, new WxrReader.Sink() {
            @Override
            public void author(Wxr.Author author) {
                read.add(author);
            }

            @Override
            public void item(Wxr.Item item) throws IOException {
                read.add(item.id() + " " + item.type() + " " + item.get("excerpt:encoded") + " " + item.terms());
            }
        });
        assertEquals(List.of(new Wxr.Author("ana", "Ana"), "7 post Short. [Term[domain=category, nicename=world, name=World]]"), read);
    }
}
