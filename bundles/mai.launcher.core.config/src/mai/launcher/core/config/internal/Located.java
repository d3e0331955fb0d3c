package mai.launcher.core.config.internal;

/** What a path points at in a {@link Model}, as found by {@link PathResolver}. */
public sealed interface Located {

    /**
     * A table (root, [header], dotted or implied).
     *
     * @param node the table node
     */
    record Table(TNode node) implements Located {
    }

    /**
     * An array of tables.
     *
     * @param node the array node
     */
    record TableArray(TNode node) implements Located {
    }

    /**
     * A value written in the source.
     *
     * @param owner  the key/value node whose statement contains the value
     * @param node   the value itself: the whole value of {@code owner}, or one nested in it
     * @param nested true when {@code node} is inside an array or inline table of {@code owner}
     */
    record Value(TNode owner, ValueNode node, boolean nested) implements Located {
    }
}
