# Shared by the benchmarks. Source it with bash.
MAI_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=../releng/scripts/common.sh
. "$MAI_ROOT/releng/scripts/common.sh"
mai_find_jdk
PRODUCT=$(mai_product_dir)
if [ ! -x "$PRODUCT/mai-launcher" ]; then
    (cd "$MAI_ROOT" && ./mvnw -q verify -DskipTests)
fi

# Prints the median of the numbers on standard input.
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

now_ms() {
    date +%s%3N
}

# Fills a data folder with N instances, written straight into its database (the command line would take N JVM starts).
make_instances() {
    local folder=$1 count=$2
    "$PRODUCT/mai-launcher" --data-dir "$folder" instance list >/dev/null
    python3 - "$folder/data/database/mailauncher.db" "$count" <<'PY'
import sqlite3, sys, secrets, datetime
db, count = sys.argv[1], int(sys.argv[2])
c = sqlite3.connect(db)
now = datetime.datetime.now().strftime("%Y-%m-%d %H:%M:%S")
rows = [("inst_" + secrets.token_hex(6), f"bot-{i:04d}", f"bot-{i:04d}", "local" if i % 2 else "docker", now, now)
        for i in range(count)]
c.executemany("INSERT INTO instances (id, name, instance_path, deploy_mode, status, bot_type, created_at, updated_at)"
              " VALUES (?, ?, ?, ?, 'stopped', 'maibot', ?, ?)", rows)
c.commit()
PY
}
