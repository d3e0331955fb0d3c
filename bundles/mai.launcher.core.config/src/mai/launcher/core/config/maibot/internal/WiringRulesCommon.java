package mai.launcher.core.config.maibot.internal;

import java.util.List;
import java.util.Optional;

import mai.launcher.core.config.ConfigValue;
import mai.launcher.core.config.TomlPath;
import mai.launcher.core.config.maibot.ConfigEdit;
import mai.launcher.core.config.maibot.ConfigKind;
import mai.launcher.core.config.maibot.Generation;
import mai.launcher.core.config.maibot.ManagedKey;
import mai.launcher.core.config.maibot.ManagedSettings;
import mai.launcher.core.config.maibot.WiringFinding;
import mai.launcher.core.config.maibot.WiringFinding.Link;

/** Rules for both generations: the bot's QQ account and the adapter's chat filter. */
public final class WiringRulesCommon {

    private static final String WHITELIST = "whitelist"; //$NON-NLS-1$
    private static final TomlPath FILTER_SWITCH = TomlPath.of("chat", "enable_chat_list_filter"); //$NON-NLS-1$ //$NON-NLS-2$

    private WiringRulesCommon() {
    }

    /**
     * Checks the account and the chat filter.
     *
     * @param in  the files
     * @param out receives the findings
     */
    public static void check(WiringInputs in, List<WiringFinding> out) {
        in.bot().ifPresent(bot -> account(in, bot, out));
        in.adapter().ifPresent(a -> chatFilter(a, out));
    }

    private static void account(WiringInputs in, ManagedSettings bot, List<WiringFinding> out) {
        String qq = bot.text(ManagedKey.BOT_QQ_ACCOUNT).orElse("").strip(); //$NON-NLS-1$
        Optional<String> napCat = in.napCatAccount();
        boolean v0 = in.files().generation() == Generation.V0;
        if (qq.isEmpty() && v0) {
            out.add(napCat.isPresent()
                    ? Findings.error(Link.ACCOUNT, in.tomlFix(ConfigKind.BOT, ManagedKey.BOT_QQ_ACCOUNT, napCat.get()),
                            Messages.wiring_accountEmpty, napCat.get())
                    : Findings.error(Link.ACCOUNT, Optional.empty(), Messages.wiring_accountUnknown));
        } else if (!qq.isEmpty() && napCat.isPresent() && !napCat.get().equals(qq)) {
            String file = in.oneBot().orElseThrow().file().getFileName().toString();
            Optional<ConfigEdit> fix = in.tomlFix(ConfigKind.BOT, ManagedKey.BOT_QQ_ACCOUNT, napCat.get());
            out.add(v0 ? Findings.error(Link.ACCOUNT, fix, Messages.wiring_accountMismatch, napCat.get(), file, qq)
                    : Findings.warning(Link.ACCOUNT, fix, Messages.wiring_accountMismatch, napCat.get(), file, qq));
        }
    }

    private static void chatFilter(ManagedSettings a, List<WiringFinding> out) {
        Optional<ConfigValue> filter = a.document().get(FILTER_SWITCH);
        if (filter.isPresent() && filter.get() instanceof ConfigValue.BooleanValue b && !b.value()) {
            return; // 1.x plugin with the list filter switched off
        }
        boolean groupsClosed = WHITELIST.equals(a.text(ManagedKey.GROUP_LIST_TYPE).orElse(null))
                && a.list(ManagedKey.GROUP_LIST).isEmpty();
        boolean privateClosed = WHITELIST.equals(a.text(ManagedKey.PRIVATE_LIST_TYPE).orElse(null))
                && a.list(ManagedKey.PRIVATE_LIST).isEmpty();
        if (groupsClosed && privateClosed) {
            out.add(Findings.warning(Link.CHAT_FILTER, Optional.empty(), Messages.wiring_noChatAllowed));
        }
    }
}
