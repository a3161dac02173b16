package org.broadsheet.output;

/** The output folder cannot be used: it is in the wrong place, or it holds files Broadsheet did not make. */
public final class OutputFolderException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) {
        super(message);
    }
}
