package org.broadsheet.view;

/** A date as ISO 8601, as the language writes it (long, and with the time), and its parts. */
public record DateView(String iso, String display, String displayDateTime, int year, int month, int day) {
}
