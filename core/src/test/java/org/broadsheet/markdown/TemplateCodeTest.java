package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCodeTest {

    @Test
    void liquidAndShortcodesInTheTextAreFoundAtTheirFileLines() {
        assertEquals(List.of(new TemplateCode("{% post_url 2019-01-01-x %}", 11),
                new TemplateCode("{{ page.title }}", 12), new TemplateCode("{{< gist user 123 >}}", 13),
                new TemplateCode("{{% note %}}", 14)),
                TemplateCode.in("Text\n[x]({% post_url 2019-01-01-x %})\nBy {{ page.title }}\n{{< gist user 123 >}}\n"
                        + "{{% note %}}\n", 10));
    }

    @Test
    void codeBlocksSpansAndPreAreLeftAlone() {
        assertEquals(List.of(), TemplateCode.in("```\n{% raw %}\n```\n~~~liquid\n{{ x }}\n~~~\n"
                + "Use `{{ site.url }}` or <code>{% if %}</code>.\n\n    {{< indented >}}\n\n<pre>\n{{ x }}\n</pre>\n", 1));
    }

    @Test
    void aShortcodeAfterACodeBlockIsFoundAgain() {
        assertEquals(List.of(new TemplateCode("{{< youtube abc >}}", 5)),
                TemplateCode.in("```\n{{< x >}}\n```\n\n{{< youtube abc >}}\n", 1));
    }

    /** A code span may run over the lines of its paragraph; what it holds is shown, not run. */
    @Test
    void aCodeSpanOverTwoLinesIsLeftAloneAndWhatFollowsItFound() {
        assertEquals(List.of(new TemplateCode("{{< note >}}", 5)),
                TemplateCode.in("Write `{% highlight ruby %}…{%\nendhighlight %}` around it.\n\nThen\n{{< note >}}\n", 1));
    }
}
