package mai.launcher.core.docker.wsl.internal;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code wsl.exe --status} says, read without depending on its language: it prints {@code key: value} lines
 * ({@code Default Distribution: Ubuntu}, {@code 默认分发：Ubuntu}, then the default version); the default version is the
 * first value that is 1 or 2, the default distribution a name-like value on an earlier line. Without a version
 * line, nothing is taken from it.
 *
 * @param defaultDistribution the default distribution, when there is one
 * @param defaultVersion      the WSL version new distributions get
 */
public record WslStatus(Optional<String> defaultDistribution, OptionalInt defaultVersion) {

    private static final Pattern ENTRY = Pattern.compile("^(.+?)(?::\\s+|：\\s*)(\\S.*)$"); //$NON-NLS-1$
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+"); //$NON-NLS-1$

    /**
     * @param text the decoded output of {@code wsl.exe --status}
     * @return what it says; empty parts when it does not say them
     */
    public static WslStatus parse(String text) {
        Optional<String> distribution = Optional.empty();
        for (String line : text.split("\n")) { //$NON-NLS-1$
            Matcher entry = ENTRY.matcher(line.strip());
            if (!entry.matches()) {
                continue;
            }
            String value = entry.group(2).strip();
            if (value.equals("1") || value.equals("2")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new WslStatus(distribution, OptionalInt.of(Integer.parseInt(value)));
            }
            if (distribution.isEmpty() && NAME.matcher(value).matches()) {
                distribution = Optional.of(value);
            }
        }
        return new WslStatus(Optional.empty(), OptionalInt.empty()); // not the shape this reader knows
    }
}
