package org.broadsheet.comments;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names of the reply form's fields, as the form sends them and the intake reads them.
 * Renaming them in {@code broadsheet.yml} lets the form post to Staticman
 * ({@code fields[name]}) or a hosted form service ({@code _gotcha} as the honeypot).
 *
 * @param honeypot a field people never see and leave empty; robots fill it in
 */
public record FormFields(String comment, String name, String email, String website, String article,
        String replyTo, String lang, String honeypot) {

    /** What {@code broadsheet replies serve} expects when nothing is configured. */
    public static final FormFields DEFAULT = new FormFields("comment", "name", "email", "website", "article",
            "replyTo", "lang", "url");

    /** Each field's key in {@code comments.fields}, with its name, in form order. */
    public Map<String, String> byKey() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("comment", comment);
        map.put("name", name);
        map.put("email", email);
        map.put("website", website);
        map.put("article", article);
        map.put("replyTo", replyTo);
        map.put("lang", lang);
        map.put("honeypot", honeypot);
        return map;
    }

    static FormFields of(Map<String, String> byKey) {
        return new FormFields(byKey.get("comment"), byKey.get("name"), byKey.get("email"), byKey.get("website"),
                byKey.get("article"), byKey.get("replyTo"), byKey.get("lang"), byKey.get("honeypot"));
    }
}
