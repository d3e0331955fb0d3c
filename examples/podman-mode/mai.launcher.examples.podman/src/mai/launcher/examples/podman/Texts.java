package mai.launcher.examples.podman;

import java.util.Locale;

/** The mode's texts in English and Simplified Chinese (a plugin can equally use NLS or resource bundles). */
final class Texts {

    private Texts() {
    }

    static String of(Locale locale, String english, String chinese) {
        return locale != null && locale.getLanguage().equals("zh") ? chinese : english; //$NON-NLS-1$
    }

    static String of(String english, String chinese) {
        return of(Locale.getDefault(), english, chinese);
    }
}
