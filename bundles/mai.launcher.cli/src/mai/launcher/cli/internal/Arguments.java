package mai.launcher.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * The words of a command line: positional words, options with a value ({@code --name N} or {@code --name=N}) and
 * flags. Options may appear anywhere; {@code --} ends them.
 */
final class Arguments {

    /** Options that take a value. */
    static final Set<String> VALUE_OPTIONS = Set.of("--data-dir", "--name", "--mode", "--description", "--repo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "--ref", "--component", "--lines", "--qq", "--port", "--url", "--client", "--key", "--image", "--generation", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "--container", "--sqlite-web-port"); //$NON-NLS-1$ //$NON-NLS-2$
    /** A negative number is a value, not an option ({@code toml set FILE KEY -5}). */
    private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d[\\d_.eE+-]*"); //$NON-NLS-1$
    /** Options without a value, with their short forms. */
    static final Map<String, String> FLAGS = flags("--help", "-h", "--version", "-V", "--json", "--yes", "-y", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "--delete-files", "--accept-eula", "--follow", "-f", "--fix", "--refresh", "--volumes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "--trust-unsigned", "--allow-http"); //$NON-NLS-1$ //$NON-NLS-2$

    /** Short forms stand for the long form before them: -h for --help, -V for --version, -y for --yes. */
    private static Map<String, String> flags(String... names) {
        Map<String, String> flags = new HashMap<>();
        String longForm = null;
        for (String name : names) {
            longForm = name.startsWith("--") ? name : longForm; //$NON-NLS-1$
            flags.put(name, longForm);
        }
        return Map.copyOf(flags);
    }

    private final List<String> words;
    private final Map<String, List<String>> values;
    private final Set<String> flags;

    private Arguments(List<String> words, Map<String, List<String>> values, Set<String> flags) {
        this.words = words;
        this.values = values;
        this.flags = flags;
    }

    static Arguments parse(List<String> args) throws UsageException {
        List<String> words = new ArrayList<>();
        Map<String, List<String>> values = new HashMap<>();
        Set<String> flags = new LinkedHashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-") || NEGATIVE_NUMBER.matcher(arg).matches()) { //$NON-NLS-1$ //$NON-NLS-2$
                words.add(arg);
            } else if (arg.equals("--")) { //$NON-NLS-1$
                optionsEnded = true;
            } else if (FLAGS.containsKey(arg)) {
                flags.add(FLAGS.get(arg));
            } else {
                int eq = arg.indexOf('=');
                String option = eq < 0 ? arg : arg.substring(0, eq);
                if (!VALUE_OPTIONS.contains(option)) {
                    throw new UsageException(NLS.bind(Messages.unknownOption, arg));
                }
                if (eq >= 0) {
                    values.computeIfAbsent(option, o -> new ArrayList<>()).add(arg.substring(eq + 1));
                } else if (i + 1 < args.size()) {
                    values.computeIfAbsent(option, o -> new ArrayList<>()).add(args.get(++i));
                } else {
                    throw new UsageException(NLS.bind(Messages.optionNeedsValue, option));
                }
            }
        }
        return new Arguments(words, values, flags);
    }

    List<String> words() {
        return words;
    }

    /** @return the option's value; the last one when it was given more than once */
    Optional<String> value(String option) {
        List<String> given = values.getOrDefault(option, List.of());
        return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    /** @return each value the option was given, in order ({@code --image core=A --image napcat=B}) */
    List<String> values(String option) {
        return List.copyOf(values.getOrDefault(option, List.of()));
    }

    boolean flag(String flag) {
        return flags.contains(flag);
    }

    /**
     * @param allowedValues options with values the command accepts (besides --data-dir)
     * @param allowedFlags  flags the command accepts (besides --help)
     */
    void allowOnly(Set<String> allowedValues, Set<String> allowedFlags, String command) throws UsageException {
        for (String option : values.keySet()) {
            if (!option.equals("--data-dir") && !allowedValues.contains(option)) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.optionNotForCommand, option, command));
            }
        }
        for (String flag : flags) {
            if (!flag.equals("--help") && !allowedFlags.contains(flag)) { //$NON-NLS-1$
                throw new UsageException(NLS.bind(Messages.optionNotForCommand, flag, command));
            }
        }
    }
}
