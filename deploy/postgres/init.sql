-- Run once by the postgres image on an empty volume: one database per service, owned by the application role.
CREATE DATABASE identitydb OWNER adflux;
CREATE DATABASE ingestdb OWNER adflux;
CREATE DATABASE videodb OWNER adflux;
CREATE DATABASE mldetectiondb OWNER adflux;
CREATE DATABASE adsdb OWNER adflux;
CREATE DATABASE insightsdb OWNER adflux;
CREATE DATABASE ledgerdb OWNER adflux;
