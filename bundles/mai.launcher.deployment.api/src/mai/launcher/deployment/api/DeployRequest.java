package mai.launcher.deployment.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deployment to plan: the instance and the user's choices. Options are strings so that the command line, the
 * wizard and a retry after a crash all carry them the same way. The launcher defines a few well-known keys; modes
 * may read others of their own.
 *
 * @param instance the instance
 * @param options  the choices, e.g. {@value #REPOSITORY}, {@value #REF}, {@value #ACCEPT_EULA}
 * @since 1.0
 */
public record DeployRequest(InstanceRef instance, Map<String, String> options) {

    /** The URL of MaiBot's repository; a mode has a default. */
    public static final String REPOSITORY = "repository"; //$NON-NLS-1$
    /** The tag or branch to deploy, or {@code latest} for the newest release. */
    public static final String REF = "ref"; //$NON-NLS-1$
    /** {@code true} when the user accepted MaiBot's EULA and privacy terms. */
    public static final String ACCEPT_EULA = "accept-eula"; //$NON-NLS-1$
    /** The MD5 of the EULA text the user was shown, to check that what is accepted is what was read. */
    public static final String EULA_MD5 = "eula-md5"; //$NON-NLS-1$
    /** The MD5 of the privacy text the user was shown. */
    public static final String PRIVACY_MD5 = "privacy-md5"; //$NON-NLS-1$
    /** The QQ account the bot logs in with. */
    public static final String QQ = "qq"; //$NON-NLS-1$
    /** The port of MaiBot's message server (8000 by default). */
    public static final String PORT = "port"; //$NON-NLS-1$
    /** The port of MaiBot's WebUI (8001 by default). */
    public static final String WEBUI_PORT = "webui-port"; //$NON-NLS-1$
    /** The port of the 0.x adapter's server that NapCat connects to (8095 by default). */
    public static final String ADAPTER_PORT = "adapter-port"; //$NON-NLS-1$

    /** Checks for {@code null}s and freezes the options. */
    public DeployRequest {
        Objects.requireNonNull(instance, "instance"); //$NON-NLS-1$
        options = Map.copyOf(options);
    }

    /**
     * @param key an option's key
     * @return its value, if given and not blank
     */
    public Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key)).filter(v -> !v.isBlank());
    }
}
