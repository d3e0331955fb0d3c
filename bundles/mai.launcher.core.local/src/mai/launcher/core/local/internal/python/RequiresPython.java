package mai.launcher.core.local.internal.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Python versions a project accepts, from {@code requires-python} in its {@code pyproject.toml} (PEP 440
 * specifiers such as {@code >=3.10}, {@code >=3.12,<4}, {@code ~=3.11}); {@code >=3.10} when it says nothing.
 *
 * @param text        the specifier as written
 * @param constraints its parts
 */
public record RequiresPython(String text, List<Constraint> constraints) {

    private static final Pattern LINE = Pattern.compile("^\\s*requires-python\\s*=\\s*[\"']([^\"']+)[\"']", //$NON-NLS-1$
            Pattern.MULTILINE);
    private static final Pattern PART = Pattern.compile("\\s*(>=|<=|==|!=|~=|>|<)\\s*([0-9][0-9.*]*)\\s*"); //$NON-NLS-1$

    /** The requirement of projects that do not say: MaiBot 0.x runs on 3.10 and later. */
    public static final RequiresPython DEFAULT = parse(">=3.10"); //$NON-NLS-1$

    /** One comparison. */
    public record Constraint(String operator, PythonVersion version, boolean wildcard) {
    }

    /**
     * @param project a project folder
     * @return what its {@code pyproject.toml} requires, or {@link #DEFAULT}
     */
    public static RequiresPython of(Path project) {
        Path pyproject = project.resolve("pyproject.toml"); //$NON-NLS-1$
        try {
            if (Files.isRegularFile(pyproject)) {
                Matcher m = LINE.matcher(Files.readString(pyproject));
                if (m.find()) {
                    return parse(m.group(1));
                }
            }
        } catch (IOException e) {
            // unreadable: the default applies
        }
        return DEFAULT;
    }

    /**
     * @param text a specifier
     * @return it parsed; parts that are not understood are ignored
     */
    public static RequiresPython parse(String text) {
        List<Constraint> constraints = new ArrayList<>();
        for (String part : text.split(",")) { //$NON-NLS-1$
            Matcher m = PART.matcher(part);
            if (m.matches()) {
                Optional<PythonVersion> v = PythonVersion.parse(m.group(2).replace(".*", "")); //$NON-NLS-1$ //$NON-NLS-2$
                v.ifPresent(version -> constraints.add(new Constraint(m.group(1), version, m.group(2).endsWith("*")))); //$NON-NLS-1$
            }
        }
        return new RequiresPython(text.strip(), List.copyOf(constraints));
    }

    /**
     * @param version a Python version
     * @return whether it satisfies every part
     */
    public boolean accepts(PythonVersion version) {
        for (Constraint c : constraints) {
            int cmp = c.wildcard() ? Integer.compare(version.major() * 1000 + version.minor(),
                    c.version().major() * 1000 + c.version().minor()) : version.compareTo(c.version());
            boolean ok = switch (c.operator()) {
                case ">=" -> cmp >= 0; //$NON-NLS-1$
                case ">" -> cmp > 0; //$NON-NLS-1$
                case "<=" -> cmp <= 0; //$NON-NLS-1$
                case "<" -> cmp < 0; //$NON-NLS-1$
                case "==" -> cmp == 0; //$NON-NLS-1$
                case "!=" -> cmp != 0; //$NON-NLS-1$
                default -> cmp >= 0 && version.major() == c.version().major(); // ~=
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
