-- Runs once, when the PostgreSQL volume is first created: one database per ministry.
CREATE DATABASE ministry_a OWNER fellowship;
CREATE DATABASE ministry_b OWNER fellowship;
