# Shared by ./test, ./launch and bench/: finding a JDK 21+ and the materialized product. Source it; needs bash.

# Sets JAVA_HOME to a JDK 21 or newer: JAVA_HOME if it qualifies, else Temurin 25 where this project's machines
# have it, else any JDK under /usr/lib/jvm or /Library/Java/JavaVirtualMachines. Fails with what to install.
mai_find_jdk() {
    local candidate major
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
        major=$("$candidate/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)
        if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            return 0
        fi
    done
    echo "A JDK 21 or newer is needed to build MAI Launcher (Tycho 5 and the Eclipse 2026 platform)." >&2
    echo "Install one (for example Eclipse Temurin 21 or 25 from https://adoptium.net) and set JAVA_HOME to it." >&2
    return 1
}

# Prints the folder of the product materialized for this machine (it may not exist yet).
mai_product_dir() {
    local os ws arch
    case "$(uname -s)" in
        Linux) os=linux ws=gtk ;;
        Darwin) os=macosx ws=cocoa ;;
        *) os=win32 ws=win32 ;;
    esac
    case "$(uname -m)" in
        arm64|aarch64) arch=aarch64 ;;
        *) arch=x86_64 ;;
    esac
    echo "$MAI_ROOT/products/mai.launcher.product/target/products/mai-launcher/$os/$ws/$arch/mai-launcher"
}
