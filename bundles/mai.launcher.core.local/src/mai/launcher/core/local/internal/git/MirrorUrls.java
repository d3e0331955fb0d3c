package mai.launcher.core.local.internal.git;

/**
 * GitHub mirrors as users in mainland China use them: a proxy prefix put before the GitHub URL, e.g.
 * {@code https://gh-proxy.com/} + {@code https://github.com/Mai-with-u/MaiBot.git}.
 */
public final class MirrorUrls {

    private MirrorUrls() {
    }

    /**
     * @param url    a repository URL
     * @param prefix the mirror prefix, empty for none
     * @return the URL to fetch from: the prefixed one for GitHub URLs, the URL itself otherwise
     */
    public static String apply(String url, String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return url;
        }
        boolean github = url.startsWith("https://github.com/") || url.startsWith("http://github.com/"); //$NON-NLS-1$ //$NON-NLS-2$
        if (!github || url.startsWith(prefix)) {
            return url;
        }
        return (prefix.endsWith("/") ? prefix : prefix + "/") + url; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
