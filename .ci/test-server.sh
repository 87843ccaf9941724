# A throw-away PostgreSQL cluster for the test suite (sourced by .ci/bootstrap test).
#   test_server_start   initdb in a private temp folder as a non-root user, start it on
#                       127.0.0.1 at a free port, export SBDESK_TEST_PG (the admin's URL)
#   test_server_stop    stop it and remove the folder (bootstrap calls it from its EXIT trap,
#                       so a failing or interrupted run stops the server too)
# PostgreSQL refuses to run as root, so as root the cluster belongs to a system user
# `sbdesk-test` (created once, no home, no shell) and initdb/pg_ctl run through runuser.

test_server_bin() {  # the newest installed server's bin folder
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

test_server_as() {  # run a command as the cluster's owner
  if [ "$(id -u)" != 0 ]; then "$@"; return; fi
  if runuser -u sbdesk-test -- test -w /dev/null 2>/dev/null; then runuser -u sbdesk-test -- "$@"; return; fi
  # A machine whose /dev is closed to other users (seen here: mode 0700) would stop initdb at
  # its first `> /dev/null`: the server gets its own /dev with the few devices it uses, in a
  # private mount namespace (nothing changes outside it; the server lives on in it).
  unshare --mount --propagation private -- sh -c '
    mount -t tmpfs -o mode=755,size=64m sbdesk-dev /dev &&
    mknod -m 666 /dev/null c 1 3 && mknod -m 666 /dev/zero c 1 5 &&
    mknod -m 666 /dev/random c 1 8 && mknod -m 666 /dev/urandom c 1 9 &&
    mkdir -m 1777 /dev/shm && exec runuser -u sbdesk-test -- "$@"' sh "$@"
}

test_server_start() {
  local bin port pw
  bin="$(test_server_bin)" || { echo "no PostgreSQL server found (apt-get install postgresql)" >&2; return 1; }
  if [ "$(id -u)" = 0 ] && ! id sbdesk-test >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin sbdesk-test
  fi
  SBDESK_TEST_PG_DIR="$(mktemp -d /tmp/sbdesk-pg.XXXXXX)"
  export SBDESK_TEST_PG_DIR
  chmod 700 "$SBDESK_TEST_PG_DIR"
  [ "$(id -u)" = 0 ] && chown sbdesk-test "$SBDESK_TEST_PG_DIR"
  pw="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
  # the password file is read by initdb only, then removed; the URL below carries it to the tests
  printf '%s\n' "$pw" > "$SBDESK_TEST_PG_DIR/pw"
  [ "$(id -u)" = 0 ] && chown sbdesk-test "$SBDESK_TEST_PG_DIR/pw"
  test_server_as "$bin/initdb" -D "$SBDESK_TEST_PG_DIR/data" -U sbdesk_admin --pwfile="$SBDESK_TEST_PG_DIR/pw" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$SBDESK_TEST_PG_DIR/initdb.log" \
    || { cat "$SBDESK_TEST_PG_DIR/initdb.log" >&2; return 1; }
  rm -f "$SBDESK_TEST_PG_DIR/pw"
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  # TLS as a branch would run it: a throw-away CA signs the server's certificate for 127.0.0.1,
  # so the tests can connect with sslmode=verify-full (SBDESK_TEST_PG_CA is the root to trust)
  local tls="" d="$SBDESK_TEST_PG_DIR"
  if command -v openssl >/dev/null; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=sbdesk test CA" -keyout "$d/ca.key" \
      -out "$d/ca.crt" >/dev/null 2>&1 &&
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$d/server.key" -out "$d/server.csr" \
      >/dev/null 2>&1 &&
    printf 'subjectAltName=IP:127.0.0.1\n' > "$d/san.ext" &&
    openssl x509 -req -in "$d/server.csr" -CA "$d/ca.crt" -CAkey "$d/ca.key" -CAcreateserial -days 2 \
      -extfile "$d/san.ext" -out "$d/server.crt" >/dev/null 2>&1 &&
    chmod 600 "$d/server.key" && { [ "$(id -u)" != 0 ] || chown sbdesk-test "$d/server.key" "$d/server.crt"; } &&
    tls="-c ssl=on -c ssl_cert_file=$d/server.crt -c ssl_key_file=$d/server.key" &&
    export SBDESK_TEST_PG_CA="$d/ca.crt"
  fi
  # fsync off: a throw-away cluster; max_connections for the 16-counter load test
  test_server_as "$bin/pg_ctl" -D "$SBDESK_TEST_PG_DIR/data" -l "$SBDESK_TEST_PG_DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $SBDESK_TEST_PG_DIR -c fsync=off -c max_connections=200 $tls" \
    start >/dev/null || { cat "$SBDESK_TEST_PG_DIR/server.log" >&2; return 1; }
  export SBDESK_TEST_PG="postgresql://sbdesk_admin:$pw@127.0.0.1:$port/postgres"
  echo "test server: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($SBDESK_TEST_PG_DIR)"
}

test_server_stop() {
  [ -n "${SBDESK_TEST_PG_DIR:-}" ] && [ -d "$SBDESK_TEST_PG_DIR" ] || return 0
  test_server_as "$(test_server_bin)/pg_ctl" -D "$SBDESK_TEST_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$SBDESK_TEST_PG_DIR"
  SBDESK_TEST_PG_DIR=""
}
