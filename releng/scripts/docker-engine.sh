# Sourced by ./test: makes a real Docker engine and compose available to the tests (SYSTEM.md).
# Installs docker.io and busybox-static with apt-get when missing (as root), and compose v2 from Debian 13's package
# when no compose is installed (its binary runs on Debian 12); starts a private dockerd whose socket, data and pid live
# under one folder, and exports DOCKER_HOST for the tests. mai_docker_stop stops it.

MAI_DOCKER_DIR=
MAI_DOCKER_PID=

mai_docker_install() {
    [ "$(uname -s)" = Linux ] || return 0
    local missing=()
    command -v dockerd >/dev/null || missing+=(docker.io)
    command -v docker >/dev/null || missing+=(docker.io)
    [ -x /bin/busybox ] && file -L /bin/busybox 2>/dev/null | grep -q 'statically' || missing+=(busybox-static)
    command -v file >/dev/null || missing+=(file)
    if [ ${#missing[@]} -gt 0 ]; then
        if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
            echo "Missing for the Docker tests: ${missing[*]} (install them, e.g. sudo apt-get install ${missing[*]})." >&2
            return 1
        fi
        echo "Installing ${missing[*]} ..."
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
    # Both composes are exercised by the tests: v1 (docker-compose, Debian's package) and v2 (the plugin).
    if ! command -v docker-compose >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "Installing docker-compose (compose v1) ..."
        { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null 2>&1 \
            || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                docker-compose >/dev/null; }; } \
            || echo "docker-compose (v1) could not be installed; the compose v1 test will say so." >&2
    fi
    if docker compose version >/dev/null 2>&1; then
        return 0
    fi
    mai_docker_install_compose || echo "Compose v2 could not be fetched; only docker-compose (v1) is there." >&2
}

# Debian 12 has no compose v2 package; Debian 13's runs here. Fetched with a separate apt state, leaving the system's
# sources alone.
mai_docker_install_compose() {
    [ "$(id -u)" = 0 ] || return 1
    local dir mirror found=1
    dir=$(mktemp -d)
    for mirror in http://deb.debian.org/debian $(grep -rhoE 'https?://[^ ]+/debian/?$' /etc/apt/sources.list \
        /etc/apt/sources.list.d/ 2>/dev/null | sort -u); do
        rm -rf "${dir:?}"/*
        mkdir -p "$dir/parts" "$dir/lists/partial" "$dir/archives/partial"
        printf 'Types: deb\nURIs: %s\nSuites: trixie\nComponents: main\nTrusted: yes\n' "$mirror" >"$dir/parts/trixie.sources"
        local apt=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$dir/parts" -o "Dir::State::Lists=$dir/lists"
            -o "Dir::Cache::Archives=$dir/archives" -o Debug::NoLocking=1)
        if (cd "$dir" && apt-get "${apt[@]}" update -qq >/dev/null 2>&1 \
            && apt-get "${apt[@]}" download docker-compose >/dev/null 2>&1); then
            found=0
            break
        fi
    done
    if [ "$found" = 0 ] && dpkg-deb -x "$dir"/docker-compose_*.deb "$dir/x"; then
        mkdir -p /usr/local/lib/docker/cli-plugins
        cp "$dir/x/usr/libexec/docker/cli-plugins/docker-compose" /usr/local/lib/docker/cli-plugins/
    fi
    rm -rf "$dir"
    docker compose version >/dev/null 2>&1
}

# Uses the engine DOCKER_HOST names if it answers; else starts a private one.
mai_docker_start() {
    if [ -n "${DOCKER_HOST:-}" ] && docker version >/dev/null 2>&1; then
        return 0
    fi
    command -v dockerd >/dev/null || return 1
    [ "$(id -u)" = 0 ] || { echo "Starting a Docker engine for the tests needs root." >&2; return 1; }
    MAI_DOCKER_DIR=$(mktemp -d /tmp/mai-dockerd.XXXXXX)
    dockerd --host "unix://$MAI_DOCKER_DIR/docker.sock" --data-root "$MAI_DOCKER_DIR/data" \
        --exec-root "$MAI_DOCKER_DIR/exec" --pidfile "$MAI_DOCKER_DIR/dockerd.pid" >"$MAI_DOCKER_DIR/dockerd.log" 2>&1 &
    MAI_DOCKER_PID=$!
    export DOCKER_HOST="unix://$MAI_DOCKER_DIR/docker.sock"
    for _ in $(seq 100); do
        docker version >/dev/null 2>&1 && return 0
        sleep 0.2
    done
    echo "dockerd did not start; its log:" >&2
    tail -n 20 "$MAI_DOCKER_DIR/dockerd.log" >&2
    return 1
}

mai_docker_stop() {
    [ -n "$MAI_DOCKER_PID" ] || return 0
    docker ps -aq 2>/dev/null | xargs -r docker rm -f >/dev/null 2>&1 || true
    kill "$MAI_DOCKER_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$MAI_DOCKER_PID" 2>/dev/null || break; sleep 0.2; done
    umount "$MAI_DOCKER_DIR"/data/overlay2/*/merged 2>/dev/null || true
    rm -rf "$MAI_DOCKER_DIR" 2>/dev/null || true
}
