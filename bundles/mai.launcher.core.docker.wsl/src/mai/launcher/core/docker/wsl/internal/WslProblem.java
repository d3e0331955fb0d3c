package mai.launcher.core.docker.wsl.internal;

import mai.launcher.deployment.api.DeployException;

/** What is missing for Docker in WSL (its message, in the user's language) and how to get it. */
public final class WslProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fix;

    /**
     * @param reason what is missing or broken
     * @param fix    what the user can do about it
     */
    public WslProblem(String reason, String fix) {
        super(reason);
        this.fix = fix;
    }

    /** @return what the user can do about it */
    public String fix() {
        return fix;
    }

    /** @return the problem as a deployment failure, reason and fix in one sentence pair */
    public DeployException deployException() {
        return new DeployException(getMessage() + " " + fix, this); //$NON-NLS-1$
    }
}
