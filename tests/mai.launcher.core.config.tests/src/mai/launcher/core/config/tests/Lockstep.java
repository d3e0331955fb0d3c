package mai.launcher.core.config.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import mai.launcher.core.config.ConfigException;

/**
 * Runs one edit scenario on the LF text with every edit fully proven ({@link EditCheck}), then
 * replays it on the CRLF and byte-order-mark variants in lock-step: after every edit the variant's
 * text must be exactly the LF text after the same edit, converted the same way (CRLF line endings,
 * leading BOM), and every {@code fullEvery}-th edit (and the last) is proven again with tomllib on
 * the variant itself. Since tomllib reads a CRLF text like its LF form and MaiBot strips the BOM,
 * this proves every edit on every variant at a fraction of the cost.
 */
final class Lockstep {

    /** The text variants. */
    enum Variant {
        LF, CRLF, BOM_LF, BOM_CRLF;

        String of(String lf) {
            String t = this == CRLF || this == BOM_CRLF ? TestData.crlf(lf) : lf;
            return this == BOM_LF || this == BOM_CRLF ? "\uFEFF" + t : t;
        }
    }

    /** An edit scenario; it must decide its edits from data and paths only, never from offsets. */
    interface Scenario {
        void run(Lockstep r) throws Exception;
    }

    private final String lfOriginal;
    private final Variant variant;
    private final List<String> lfTexts;
    private final List<Object> lfData;
    private final int fullEvery;
    private EditCheck.State first;
    private int step;

    private Lockstep(String lfOriginal, Variant variant, List<String> lfTexts, List<Object> lfData, int fullEvery) {
        this.lfOriginal = lfOriginal;
        this.variant = variant;
        this.lfTexts = lfTexts;
        this.lfData = lfData;
        this.fullEvery = fullEvery;
    }

    /**
     * Runs a scenario on LF, then on the variants.
     *
     * @param lf        the LF original
     * @param fullEvery how often a replayed edit is proven with tomllib again
     * @param scenario  the edits
     * @param variants  the variants to replay on
     * @return the number of edits per variant
     */
    static int check(String lf, int fullEvery, Scenario scenario, Variant... variants) throws Exception {
        List<String> texts = new ArrayList<>();
        List<Object> data = new ArrayList<>();
        new Lockstep(lf, Variant.LF, texts, data, 1).runScenario(scenario);
        for (Variant v : variants) {
            new Lockstep(lf, v, texts, data, fullEvery).runScenario(scenario);
        }
        return texts.size();
    }

    private void runScenario(Scenario scenario) throws Exception {
        try {
            scenario.run(this);
        } catch (AssertionError e) {
            throw new AssertionError("[" + variant + ", edit " + step + "] " + e.getMessage(), e);
        }
        if (variant != Variant.LF) {
            assertEquals(lfTexts.size(), step, "the replay made another number of edits");
        }
    }

    /**
     * Opens a fresh document on the original text (tomllib reads it once per run).
     *
     * @return the state
     */
    EditCheck.State open() throws ConfigException {
        if (first == null) {
            first = EditCheck.open(variant.of(lfOriginal));
            return EditCheck.fork(first);
        }
        return EditCheck.fork(first);
    }

    /**
     * Applies a valid edit.
     *
     * @param s the state
     * @param e the edit
     * @return what happened
     */
    EditCheck.Outcome apply(EditCheck.State s, Edit e) {
        EditCheck.Outcome out;
        if (variant == Variant.LF || step % fullEvery == fullEvery - 1) {
            out = EditCheck.apply(s, e);
        } else {
            out = EditCheck.applyUnproven(s, e, lfData.get(step));
        }
        record(s, e);
        return out;
    }

    /**
     * Applies an edit that must be refused.
     *
     * @param s the state
     * @param e the edit
     */
    void refuse(EditCheck.State s, Edit e) {
        EditCheck.refuse(s, e);
        record(s, e);
    }

    private void record(EditCheck.State s, Edit e) {
        if (variant == Variant.LF) {
            lfTexts.add(s.text());
            lfData.add(s.data);
        } else if (!variant.of(lfTexts.get(step)).equals(s.text())) {
            throw new AssertionError(e + ": the " + variant + " text is not the LF text converted; changed lines: "
                    + LineDiff.diff(variant.of(lfTexts.get(step)), s.text()));
        }
        step++;
    }

    /**
     * Tells which variant runs.
     *
     * @return the variant
     */
    Variant variant() {
        return variant;
    }
}
