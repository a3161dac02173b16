package org.broadsheet;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the W3C's HTML5 validator) as a library: the errors it finds in a page,
 * as "line:column: message". Not thread-safe; one per test.
 */
final class HtmlChecker {

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator;

    HtmlChecker() throws Exception {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice (e.g. "consider adding a lang attribute"), not invalid HTML
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
    }

    /** The errors in one HTML file; empty when it is valid. */
    List<String> errors(File page) throws Exception {
        errors.clear();
        validator.checkHtmlFile(page, true);
        return List.copyOf(errors);
    }
}
