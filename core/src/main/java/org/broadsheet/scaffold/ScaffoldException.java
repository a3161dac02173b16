package org.broadsheet.scaffold;

/** Scaffolding refused, with a sentence saying why and what to do instead. */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    ScaffoldException(String message) {
        super(message);
    }
}
