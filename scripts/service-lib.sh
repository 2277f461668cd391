# shellcheck shell=bash
# Shared by scripts/{redis,nginx,s3,wordpress}.sh (sourced, not run): messages, Debian installs and
# detached processes tracked by pid files, in the style of scripts/ferretdb.sh.
# The caller sets NAME (message prefix) and ROOT (the repository) before sourcing.

say() { echo "$NAME: $*" >&2; }
die() { say "$*"; exit 1; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A port is refused before anything is started on it, so a second copy never fights the first.
require_free_port() {
  if port_open "$1"; then die "port $1 is already in use by another process"; fi
}

# Installs the Debian packages of "$@" that are missing (output to .tmp/apt-install.log), in the
# order given: put a preferred provider first, apt then uses it for an either-or dependency.
# Packages do not start their own services on these machines (/usr/sbin/policy-rc.d refuses);
# on a Debian desktop, installing nginx would also start the system's nginx on port 80.
ensure_debs() {
  local missing=() p log="$ROOT/.tmp/apt-install.log"
  for p in "$@"; do
    [[ $(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null) == installed ]] || missing+=("$p")
  done
  ((${#missing[@]} == 0)) && return 0
  local sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo -n)
  mkdir -p "$(dirname "$log")"
  say "installing ${missing[*]} with apt-get (log: $log)"
  # Another apt/dpkg run may hold the lock: wait for it up to 5 minutes instead of failing.
  local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y -o DPkg::Lock::Timeout=300)
  if ! { "${apt[@]}" update && "${apt[@]}" install --no-install-recommends "${missing[@]}"; } >>"$log" 2>&1; then
    say "apt-get failed; last lines of $log:"
    tail -n 20 "$log" >&2
    exit 1
  fi
}

pid_in() { cat "$1" 2>/dev/null || true; }

# Whether pid $1 is a live process. Not `kill -0`: that also succeeds for a process that has exited
# but waits (a zombie) for whoever adopted it to reap it, which may take seconds here.
pid_live() {
  local state
  state="$(sed 's/.*) //' "/proc/$1/stat" 2>/dev/null | cut -c1)" && [[ -n $state && $state != Z ]]
}

# Whether any process of process group $1 is live.
group_live() {
  local q
  for q in $(pgrep -g "$1" 2>/dev/null); do pid_live "$q" && return 0; done
  return 1
}

# Whether the process recorded in pid file $1 lives and still is the program $2 (a reused pid is not ours).
alive() {
  local p; p="$(pid_in "$1")"
  [[ $p =~ ^[0-9]+$ ]] && pid_live "$p" && tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null | grep -F -- "$2" >/dev/null
}

# launch PIDFILE LOG SECONDS READY CMD...: starts CMD detached (setsid: its own session and process
# group, so it outlives this script and a Ctrl-C in the caller), records its pid, and polls the
# function READY until it succeeds. On a timeout or an early exit, shows the log, ends the
# process group and fails.
launch() {
  local pidfile=$1 log=$2 secs=$3 ready=$4; shift 4
  setsid "$@" </dev/null >>"$log" 2>&1 &
  local p=$!
  echo "$p" >"$pidfile"
  local deadline=$((SECONDS + secs))
  while ((SECONDS < deadline)) && pid_live "$p"; do
    if "$ready" >/dev/null 2>&1; then return 0; fi
    sleep 0.2
  done
  say "$(basename "$1") did not become ready within ${secs}s; last lines of $log:"
  tail -n 30 "$log" >&2
  terminate "$pidfile" "$1" >/dev/null 2>&1 || true
  exit 1
}

# terminate PIDFILE PROGRAM: SIGTERM to the process, up to 15 s for a clean exit, then SIGKILL to
# whatever is left of its process group (workers included); removes the pid file. Prints the pid.
# If the process itself is gone but members of its group remain (workers of a crashed server),
# those that still run PROGRAM are ended too, and it fails as "not running".
terminate() {
  local pidfile=$1 program=$2 p q
  p="$(pid_in "$pidfile")"
  if ! alive "$pidfile" "$program"; then
    if [[ $p =~ ^[0-9]+$ ]]; then
      for q in $(pgrep -g "$p" 2>/dev/null); do
        tr '\0' ' ' <"/proc/$q/cmdline" 2>/dev/null | grep -F -- "$program" >/dev/null && kill -9 "$q" 2>/dev/null
      done
    fi
    rm -f "$pidfile"
    return 1
  fi
  kill "$p" 2>/dev/null || true
  for _ in {1..150}; do pid_live "$p" || break; sleep 0.1; done
  # setsid made p the leader of its own group, so -p names exactly its processes.
  if group_live "$p"; then kill -9 -- "-$p" 2>/dev/null || true; fi
  for _ in {1..50}; do group_live "$p" || break; sleep 0.1; done
  rm -f "$pidfile"
  echo "$p"
}
