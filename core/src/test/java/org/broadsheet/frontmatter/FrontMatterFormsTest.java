package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrontMatterFormsTest {

    @Test
    void yamlAfterBlankLinesKeepsTheFileLines() {
        FrontMatterBlock block = (FrontMatterBlock) FrontMatterBlock.split("\n\n---\ntitle: x\n---\nBody\n");
        assertEquals(FrontMatterBlock.Format.YAML, block.format());
        assertEquals(4, block.firstLine());
        assertEquals(6, block.bodyLine());
        assertEquals("Body\n", block.body());
    }

    @Test
    void tomlIsBetweenPlusLines() {
        FrontMatterBlock block = (FrontMatterBlock) FrontMatterBlock.split("+++\ntitle = \"x\"\n+++\nBody\n");
        assertEquals(FrontMatterBlock.Format.TOML, block.format());
        assertEquals("title = \"x\"\n", block.text());
        assertEquals(4, block.bodyLine());
    }

    @Test
    void jsonEndsAtTheBraceThatClosesItEvenWithBracesInStrings() {
        FrontMatterBlock block = (FrontMatterBlock) FrontMatterBlock.split("{\n\"title\": \"a } b\"\n}\nBody\n");
        assertEquals(FrontMatterBlock.Format.JSON, block.format());
        assertEquals("{\n\"title\": \"a } b\"\n}", block.text());
        assertEquals(4, block.bodyLine());
        assertEquals("Body\n", block.body());
    }

    @Test
    void anUnclosedTomlBlockSaysWhichLineToClose() {
        assertEquals(new FrontMatterBlock.Missing(2, "front matter opened on line 2 is never closed with a \"+++\" line"),
                FrontMatterBlock.split("\n+++\ntitle = \"x\"\n"));
    }
}
