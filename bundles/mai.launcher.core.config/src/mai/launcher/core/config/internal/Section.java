package mai.launcher.core.config.internal;

/**
 * The statements from one header up to the next header. The root section (before the first
 * header) has {@code headerIndex == -1}.
 *
 * @param headerIndex statement index of the header, or -1 for the root section
 * @param table       the table the header opens
 * @param from        first statement index (the header itself, or 0)
 * @param to          statement index after the last one (the next header, or the count)
 */
public record Section(int headerIndex, TNode table, int from, int to) {
}
