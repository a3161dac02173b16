package org.broadsheet.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildRequest;
import org.broadsheet.BuildResult;
import org.broadsheet.FailedBuild;
import org.broadsheet.problem.BuildFailedException;

/**
 * {@code broadsheet:build}: renders the site folder into a static site, as {@code broadsheet build}
 * does. The Maven build fails when the site has errors, each logged as {@code file:line: message}.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends SiteMojo {

    @Override
    void run(BuildRequest request) throws MojoFailureException {
        String before = Broadsheet.siteIn(request.output());
        BuildResult result;
        try {
            result = Broadsheet.build(request);
        } catch (BuildFailedException e) {
            log(e.problems());
            throw new MojoFailureException(FailedBuild.summary(e, request.output(), before));
        }
        log(result.warnings());
        getLog().info(result.summary() + " into " + request.output());
        result.nextScheduled().ifPresent(next -> getLog().info("Next scheduled article: " + next));
        result.nextExpiry().ifPresent(next -> getLog().info("Next article to expire: " + next));
    }
}
