package org.broadsheet.importing.wordpress;

/** The export cannot be read: its message is {@code EXPORT.xml:LINE:COLUMN: sentence}. */
public final class WxrException extends Exception {

    public WxrException(String message) {
        super(message);
    }
}
