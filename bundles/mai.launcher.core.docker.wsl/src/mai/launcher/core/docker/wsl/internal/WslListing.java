package mai.launcher.core.docker.wsl.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses {@code wsl.exe -l -v}. The header is translated ({@code NAME STATE VERSION}, {@code 名称 状态 版本}) and so is
 * the state, so rows are told by their shape, not by words: an optional {@code *} (the default), the name (WSL allows
 * no spaces in it), the state (possibly several words) and the version, 1 or 2, as the last column. Lines of another
 * shape (the header, "Windows Subsystem for Linux has no installed distributions.", a link) are skipped.
 */
public final class WslListing {

    /** The characters WSL allows in a distribution's name. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]+"); //$NON-NLS-1$
    private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+"); //$NON-NLS-1$

    private WslListing() {
    }

    /**
     * @param text the decoded output of {@code wsl.exe -l -v}
     * @return the distributions, in the order listed; none when WSL has none
     */
    public static List<WslDistribution> parse(String text) {
        List<WslDistribution> distributions = new ArrayList<>();
        for (String line : text.split("\n")) { //$NON-NLS-1$
            String row = line.strip();
            boolean isDefault = row.startsWith("*"); //$NON-NLS-1$
            if (isDefault) {
                row = row.substring(1).strip();
            }
            List<String> columns = row.isEmpty() ? List.of() : Arrays.asList(BLANKS.split(row));
            if (columns.size() < 3 || !NAME.matcher(columns.get(0)).matches()) {
                continue;
            }
            String version = columns.get(columns.size() - 1);
            if (!version.equals("1") && !version.equals("2")) { //$NON-NLS-1$ //$NON-NLS-2$
                continue;
            }
            String state = String.join(" ", columns.subList(1, columns.size() - 1)); //$NON-NLS-1$
            distributions.add(new WslDistribution(columns.get(0), WslDistribution.State.of(state), state,
                    Integer.parseInt(version), isDefault));
        }
        return List.copyOf(distributions);
    }
}
