package org.broadsheet.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.broadsheet.template.Utf8Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8BufferTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII <p>", "Bogotá – “quoted” €", "مرحبا", "日本語", "rocket 🚀 and ☕",
        "lone \uD83D high", "lone \uDE80 low", "ends high \uD83D"})
    void writesWhatStringGetBytesWrites(String text) {
        Utf8Buffer out = new Utf8Buffer(4);
        out.write(text, 0, text.length());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain ASCII <p>", "Bogotá – “quoted” €", "rocket 🚀 and ☕", "ends high \uD83D"})
    void writesPartsOfStringsAndCharArraysAsWell(String text) {
        String longText = text.repeat(200); // longer than the buffer's copy of characters
        Utf8Buffer out = new Utf8Buffer(4);
        out.write(longText, 0, 1);
        out.write(longText, 1, longText.length() - 1);
        out.write(longText.toCharArray(), 0, longText.length());
        out.write(longText);
        assertArrayEquals((longText + longText + longText).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aResetBufferStartsTheNextPageEmptyEvenAfterAVeryLargeOne() {
        Utf8Buffer out = new Utf8Buffer(16);
        out.write("first page \uD83D");
        out.reset();
        out.write("é");
        assertArrayEquals("é".getBytes(StandardCharsets.UTF_8), out.toByteArray());
        out.write("x".repeat(3 << 20));
        assertEquals((3 << 20) + 2, out.toByteArray().length);
        out.reset();
        out.write("next");
        assertArrayEquals("next".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void bytesThatAreUtf8AlreadyFollowTheTextAndEndALoneSurrogate() {
        Utf8Buffer out = new Utf8Buffer(1);
        out.write("é\uD83D", 0, 2);
        out.writeUtf8("ü!".getBytes(StandardCharsets.UTF_8));
        out.write("ok");
        assertArrayEquals("é?ü!ok".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    @Test
    void aSurrogatePairSplitAcrossWritesIsOneCharacter() {
        String text = "a🚀b";
        Utf8Buffer out = new Utf8Buffer(1);
        out.write(text, 0, 2);
        out.write(text.toCharArray(), 2, 2);
        out.write('!');
        assertArrayEquals("a🚀b!".getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }
}
