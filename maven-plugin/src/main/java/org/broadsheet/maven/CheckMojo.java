package org.broadsheet.maven;

import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.broadsheet.BuildRequest;
import org.broadsheet.FailedBuild;
import org.broadsheet.check.SiteCheck;
import org.broadsheet.problem.BuildFailedException;

/**
 * {@code broadsheet:check}: builds the site into a temporary folder and reports broken links,
 * missing images and the other mistakes {@code broadsheet check} finds, each as
 * {@code file:line: message}. The Maven build fails on errors (and on warnings, with
 * {@code warningsAsErrors}); the site folder's output is left as it is.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends SiteMojo {

    /** Fail on warnings too, as {@code --warnings-as-errors} does. */
    @Parameter(property = "broadsheet.warningsAsErrors", defaultValue = "false")
    boolean warningsAsErrors;

    @Override
    void run(BuildRequest request) throws IOException, MojoFailureException {
        SiteCheck.Report report;
        try {
            report = SiteCheck.run(request);
        } catch (BuildFailedException e) {
            log(e.problems());
            throw new MojoFailureException(FailedBuild.ofCheck(e));
        }
        log(report.problems());
        if (report.errors() > 0 || (warningsAsErrors && report.warnings() > 0)) {
            throw new MojoFailureException(report.summary());
        }
        getLog().info(report.summary());
    }
}
