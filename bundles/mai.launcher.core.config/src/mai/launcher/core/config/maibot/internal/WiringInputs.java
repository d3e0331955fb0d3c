package mai.launcher.core.config.maibot.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mai.launcher.core.config.ConfigException;
import mai.launcher.core.config.TomlDocument;
import mai.launcher.core.config.maibot.ConfigEdit;
import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.DotEnvFile;
import mai.launcher.core.config.maibot.InstanceFiles;
import mai.launcher.core.config.maibot.ManagedKey;
import mai.launcher.core.config.maibot.ManagedSettings;
import mai.launcher.core.config.maibot.Severity;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringFinding.Link;

/**
 * The files of one instance as the wiring rules read them; each may be absent (a finding then
 * says why).
 *
 * @param files   the layout
 * @param bot     {@code bot_config.toml}
 * @param adapter the adapter's {@code config.toml}
 * @param env     MaiBot 0.x's {@code .env}
 * @param oneBot  NapCat's OneBot JSON
 */
public record WiringInputs(InstanceFiles files, Optional<ManagedSettings> bot, Optional<ManagedSettings> adapter,
        Optional<DotEnvFile> env, Optional<OneBotConfig> oneBot) {

    private static final Pattern ACCOUNT_FILE = Pattern.compile("onebot11_(\\d+)\\.json"); //$NON-NLS-1$

    /**
     * Reads an instance's files; each missing or broken file adds a finding.
     *
     * @param files the layout
     * @param out   receives the findings
     * @return the inputs
     * @throws IOException when a file exists but cannot be read
     */
    public static WiringInputs load(InstanceFiles files, List<WiringFinding> out) throws IOException {
        Optional<ManagedSettings> bot = toml(files, ConfigKind.BOT, out);
        Optional<ManagedSettings> adapter = toml(files, ConfigKind.ADAPTER, out);
        Optional<DotEnvFile> env = Optional.empty();
        if (files.dotEnv().isPresent()) {
            Path p = files.dotEnv().get();
            if (Files.isRegularFile(p)) {
                env = Optional.of(DotEnvFile.load(p));
            } else {
                out.add(missing(p));
            }
        }
        String qq = bot.flatMap(b -> b.text(ManagedKey.BOT_QQ_ACCOUNT)).orElse(""); //$NON-NLS-1$
        return new WiringInputs(files, bot, adapter, env, oneBot(files, qq, out));
    }

    /**
     * Tells the QQ account NapCat's settings file belongs to ({@code onebot11_<qq>.json}).
     *
     * @return the QQ number, or empty for {@code onebot11.json} or no file
     */
    public Optional<String> napCatAccount() {
        return oneBot.map(o -> ACCOUNT_FILE.matcher(o.file().getFileName().toString()))
                .filter(Matcher::matches).map(m -> m.group(1));
    }

    /**
     * Builds a fix that sets a managed key of a file, in the type the file uses.
     *
     * @param kind  the file
     * @param key   the key
     * @param value the new value as text
     * @return the fix, or empty when the file lacks the key (nothing to set) or is absent
     */
    public Optional<ConfigEdit> tomlFix(ConfigKind kind, ManagedKey key, String value) {
        Optional<ManagedSettings> s = kind == ConfigKind.BOT ? bot : adapter;
        if (s.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConfigEdit.TomlEdit(files.config(kind), kind, key.path(), s.get().encode(key, value)));
        } catch (ConfigException e) {
            return Optional.empty(); // the key is not in this file: the finding stays without a fix
        }
    }

    /**
     * Builds a fix that sets a {@code .env} variable.
     *
     * @param key   the variable
     * @param value the value
     * @return the fix, or empty when there is no {@code .env}
     */
    public Optional<ConfigEdit> envFix(String key, String value) {
        return files.dotEnv().filter(p -> env.isPresent()).map(p -> new ConfigEdit.EnvEdit(p, key, value));
    }

    /**
     * Builds a fix in NapCat's JSON.
     *
     * @param pointer the JSON Pointer
     * @param value   the value
     * @return the fix, or empty when there is no NapCat file
     */
    public Optional<ConfigEdit> jsonFix(String pointer, Object value) {
        return oneBot.map(o -> new ConfigEdit.JsonEdit(o.file(), pointer, value));
    }

    private static Optional<ManagedSettings> toml(InstanceFiles files, ConfigKind kind, List<WiringFinding> out)
            throws IOException {
        Path p = files.config(kind);
        if (!Files.isRegularFile(p)) {
            out.add(missing(p));
            return Optional.empty();
        }
        try {
            return Optional.of(new ManagedSettings(kind, files.generation(), TomlDocument.parse(Files.readAllBytes(p))));
        } catch (ConfigException e) {
            out.add(unreadable(p, e));
            return Optional.empty();
        }
    }

    private static Optional<OneBotConfig> oneBot(InstanceFiles files, String qq, List<WiringFinding> out)
            throws IOException {
        Optional<Path> p = files.findOneBotConfig(qq);
        if (p.isEmpty()) {
            List<String> names = files.oneBotCandidates(qq).stream()
                    .map(c -> files.instanceDir().relativize(c).toString()).toList();
            out.add(new WiringFinding(Link.FILES, Severity.WARNING,
                    Messages.format(Messages.wiring_napCatMissing, String.join(", ", names)), Optional.empty())); //$NON-NLS-1$
            return Optional.empty();
        }
        try {
            return Optional.of(OneBotJson.read(p.get()));
        } catch (ConfigException e) { // its message already names the file and what to do
            out.add(new WiringFinding(Link.FILES, Severity.ERROR, e.getMessage(), Optional.empty()));
            return Optional.empty();
        }
    }

    private static WiringFinding missing(Path p) {
        return new WiringFinding(Link.FILES, Severity.ERROR, Messages.format(Messages.wiring_missingFile,
                p.toString()), Optional.empty());
    }

    private static WiringFinding unreadable(Path p, ConfigException e) {
        return new WiringFinding(Link.FILES, Severity.ERROR, Messages.format(Messages.wiring_unreadable,
                p.getFileName().toString(), e.getMessage()), Optional.empty());
    }
}
