package mai.launcher.core.config.internal;

import java.util.ArrayList;
import java.util.List;

import mai.launcher.core.config.TomlPath;

/**
 * Builds the logical tree and the section list from statements, following TOML's rules: a
 * header's prefix that names an array of tables means its last element, and dotted keys create
 * tables below the current one.
 */
final class TreeBuilder {

    private final List<Stmt> stmts;
    private final TNode root = new TNode(TNode.Kind.TABLE, TomlPath.ROOT);
    private final List<Section> sections = new ArrayList<>();

    private TreeBuilder(List<Stmt> stmts) {
        this.stmts = stmts;
    }

    record Result(TNode root, List<Section> sections) {
    }

    static Result build(List<Stmt> stmts) {
        TreeBuilder b = new TreeBuilder(stmts);
        b.run();
        return new Result(b.root, List.copyOf(b.sections));
    }

    private void run() {
        TNode current = root;
        int sectionStart = 0;
        int sectionHeader = -1;
        for (int i = 0; i < stmts.size(); i++) {
            Stmt s = stmts.get(i);
            if (s.isHeader()) {
                sections.add(new Section(sectionHeader, current, sectionStart, i));
                current = openHeader(s, i);
                sectionStart = i;
                sectionHeader = i;
            } else if (s.kind() == Stmt.Kind.KEY_VALUE) {
                addValue(current, s, i);
            }
        }
        sections.add(new Section(sectionHeader, current, sectionStart, stmts.size()));
    }

    private TNode openHeader(Stmt s, int index) {
        List<KeyPart> key = s.key();
        TNode parent = root;
        for (int k = 0; k < key.size() - 1; k++) {
            parent = descend(parent, key.get(k).name(), false);
        }
        String last = key.get(key.size() - 1).name();
        if (s.kind() == Stmt.Kind.TABLE) {
            TNode table = parent.children().get(last);
            if (table == null) {
                table = new TNode(TNode.Kind.TABLE, parent.path().child(last));
                parent.children().put(last, table);
            }
            table.setHeaderIndex(index);
            return table;
        }
        TNode array = parent.children().get(last);
        if (array == null) {
            array = new TNode(TNode.Kind.TABLE_ARRAY, parent.path().child(last));
            parent.children().put(last, array);
        }
        TNode element = new TNode(TNode.Kind.TABLE, array.path().child(array.elements().size()));
        element.setHeaderIndex(index);
        array.elements().add(element);
        return element;
    }

    private void addValue(TNode table, Stmt s, int index) {
        List<KeyPart> key = s.key();
        TNode parent = table;
        for (int k = 0; k < key.size() - 1; k++) {
            parent = descend(parent, key.get(k).name(), true);
        }
        String last = key.get(key.size() - 1).name();
        parent.children().put(last, TNode.value(parent.path().child(last), index, s.value()));
    }

    /** Steps into a child table, creating an implicit one; an array of tables means its last element. */
    private static TNode descend(TNode parent, String name, boolean dotted) {
        TNode child = parent.children().get(name);
        if (child == null) {
            child = new TNode(TNode.Kind.TABLE, parent.path().child(name));
            child.setDotted(dotted);
            parent.children().put(name, child);
            return child;
        }
        if (child.kind() == TNode.Kind.TABLE_ARRAY) {
            return child.elements().get(child.elements().size() - 1);
        }
        if (child.kind() == TNode.Kind.VALUE) {
            throw new IllegalStateException("not a table: " + child.path());
        }
        return child;
    }
}
