package org.broadsheet.view;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which form of a counted text ("{0} articles") a count takes in one language, by CLDR's plural
 * rules through ICU: English and German have one and other, French uses "one" for 0 and 1 too,
 * Arabic has zero, one, two, few (3 to 10, 103...), many (11 to 99) and other (100, 101...).
 * A text lacking the form a count needs uses its "other" form.
 */
final class PluralForms {

    /** CLDR's categories in its own order, the order bundles list them in. */
    private static final List<String> ORDER = List.of("zero", "one", "two", "few", "many", "other");

    private final PluralRules rules;

    PluralForms(Locale locale) {
        this.rules = PluralRules.forLocale(ULocale.forLocale(locale));
    }

    /** The categories this language's counts fall into, in CLDR's order. */
    List<String> categories() {
        return ORDER.stream().filter(rules.getKeywords()::contains).toList();
    }

    /** The category of a whole-number count. */
    String category(long count) {
        return rules.select(count);
    }

    /** The form of {@code forms} (category to text) for {@code count}, or its "other" form. */
    String pick(Map<?, ?> forms, long count) {
        Object text = forms.get(category(count));
        return String.valueOf(text == null ? forms.get("other") : text);
    }
}
