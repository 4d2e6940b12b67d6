package io.migsh.migration.probe;

import java.util.List;

/**
 * What a server test found: success, or the step that failed with a message for admins and the technical detail;
 * the server's greeting and capabilities when it got that far.
 */
public record ProbeResult(boolean success, ProbeStep failedStep, String message, String errorDetail, String greeting,
        List<String> capabilities, List<ProbeStep> passedSteps) {

    public ProbeResult {
        capabilities = List.copyOf(capabilities);
        passedSteps = List.copyOf(passedSteps);
    }
}
