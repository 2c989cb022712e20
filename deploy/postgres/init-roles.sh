#!/usr/bin/env bash
# Run once by the postgres image on an empty volume (/docker-entrypoint-initdb.d): each service
# database gets an owner role, which its migration step logs in as, and a runtime role, which
# the service logs in as. The migration step grants the runtime role its rows and nothing else
# (no DDL, no trigger changes; the ledger's events append-only), so a service's own login can
# neither rewrite its schema nor reach another service's database. Passwords come from the
# environment (deploy/README.md); a missing one stops the initialisation naming it.
set -euo pipefail

create() {
  local database=$1 owner_password=$2 runtime_password=$3
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v db="$database" -v owner="${database}_owner" -v runtime="${database}_runtime" \
    -v owner_password="$owner_password" -v runtime_password="$runtime_password" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"runtime" LOGIN PASSWORD :'runtime_password';
CREATE DATABASE :"db" OWNER :"owner";
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
}

create identitydb "${IDENTITYDB_OWNER_PASSWORD:?}" "${IDENTITYDB_RUNTIME_PASSWORD:?}"
create ingestdb "${INGESTDB_OWNER_PASSWORD:?}" "${INGESTDB_RUNTIME_PASSWORD:?}"
create videodb "${VIDEODB_OWNER_PASSWORD:?}" "${VIDEODB_RUNTIME_PASSWORD:?}"
create mldetectiondb "${MLDETECTIONDB_OWNER_PASSWORD:?}" "${MLDETECTIONDB_RUNTIME_PASSWORD:?}"
create adsdb "${ADSDB_OWNER_PASSWORD:?}" "${ADSDB_RUNTIME_PASSWORD:?}"
create insightsdb "${INSIGHTSDB_OWNER_PASSWORD:?}" "${INSIGHTSDB_RUNTIME_PASSWORD:?}"
create ledgerdb "${LEDGERDB_OWNER_PASSWORD:?}" "${LEDGERDB_RUNTIME_PASSWORD:?}"
