# Shared settings of the local stack (sourced by the scripts beside this file and by run.sh).
# Everything it creates lives under .local/ in the checkout (git-ignored).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$ROOT/.local"
PG_PORT="${PG_PORT:-15432}"
PG_DATA="$LOCAL_DIR/postgres"
KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_HOME="$LOCAL_DIR/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_LOCAL_URL="http://localhost:$KEYCLOAK_PORT"
mkdir -p "$LOCAL_DIR"
