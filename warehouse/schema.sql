-- The pcc-warehouse star schema. BI tools build on these names: add, never rename.
-- Keys are declared and DuckDB enforces them: every table's own _key is its primary key,
-- and a fact's keys must name rows of their dimensions (foreign keys). A reload deletes a
-- report's facts, then its programmes, then its document row, each in its own statement
-- (DuckDB checks a foreign key against the last committed state), all on a private copy
-- published in one rename (warehouse/store.py), so readers still see all or nothing.

-- One row per place a figure is about (a district, the county, a country).
CREATE TABLE IF NOT EXISTS dim_area (
    area_key   VARCHAR PRIMARY KEY,
    area_name  VARCHAR NOT NULL,
    area_type  VARCHAR NOT NULL,         -- district | county | region | country | ward
    area_code  VARCHAR                   -- ONS GSS code of a district (E08000015); else NULL
);

-- One row per financial year ("2018/19" = 2018-04-01 to 2019-03-31), or calendar year a
-- figure's words name ("recorded in 2022" = 2022-01-01 to 2022-12-31).
CREATE TABLE IF NOT EXISTS dim_period (
    period_key   VARCHAR PRIMARY KEY,    -- "2018-19"
    period_label VARCHAR NOT NULL,       -- "2018/19"
    start_date   DATE NOT NULL,
    end_date     DATE NOT NULL
);

-- One row per thing a figure measures; uncatalogued ones are named from the text.
CREATE TABLE IF NOT EXISTS dim_metric (
    metric_key  VARCHAR PRIMARY KEY,
    metric_code VARCHAR NOT NULL UNIQUE,  -- the first name a metric is loaded with stays
    metric_name VARCHAR NOT NULL,
    unit        VARCHAR,
    catalogued  BOOLEAN NOT NULL         -- false: named from the figure's own noun phrase
);

-- One row per report loaded (its latest version).
CREATE TABLE IF NOT EXISTS dim_document (
    document_key VARCHAR PRIMARY KEY,    -- from the content: <district>-<year>, else doc-<sha256>
    file_name    VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    title        VARCHAR,
    area_key     VARCHAR REFERENCES dim_area (area_key),     -- NULL: the report names no district
    period_key   VARCHAR REFERENCES dim_period (period_key), -- NULL: the report names no year
    page_count   INTEGER NOT NULL,
    loaded_at    TIMESTAMP NOT NULL
);

-- One row per row of a report's funded-programmes table, in table order.
CREATE TABLE IF NOT EXISTS dim_programme (
    programme_key     VARCHAR PRIMARY KEY,  -- "<document_key>:<row_number>"
    document_key      VARCHAR NOT NULL REFERENCES dim_document (document_key),
    row_number        INTEGER NOT NULL,
    activity          VARCHAR,           -- paragraphs joined by a newline
    activity_title    VARCHAR,           -- the bold first line of the Activity cell
    expected_outcomes VARCHAR,
    outcomes          VARCHAR,
    page_first        INTEGER,
    page_last         INTEGER,
    UNIQUE (document_key, row_number)
);

-- One row per figure a report states as a measure.
CREATE TABLE IF NOT EXISTS fact_measure (
    measure_key   VARCHAR PRIMARY KEY,
    document_key  VARCHAR NOT NULL REFERENCES dim_document (document_key),
    programme_key VARCHAR REFERENCES dim_programme (programme_key),  -- NULL: the overview
    metric_key    VARCHAR NOT NULL REFERENCES dim_metric (metric_key),
    area_key      VARCHAR NOT NULL REFERENCES dim_area (area_key),
    period_key    VARCHAR NOT NULL REFERENCES dim_period (period_key),
    value         DOUBLE NOT NULL,       -- percentages as printed: 30 for "30%"
    unit          VARCHAR NOT NULL,
    qualifier     VARCHAR NOT NULL,      -- exact | more_than | less_than | approximately | average
    page_number   INTEGER NOT NULL,
    sentence      VARCHAR NOT NULL,
    x0 DOUBLE, top DOUBLE, x1 DOUBLE, bottom DOUBLE,  -- the figure on the page, in points
    section       VARCHAR,               -- overview | activity | expected_outcome | outcome
    role          VARCHAR,               -- level | change | percent_change
    direction     VARCHAR,               -- increase | decrease, for a change
    compared_measure_key VARCHAR,        -- a change's earlier level
    period_basis  VARCHAR,               -- stated | report (by default) | inferred
    reading_order INTEGER,               -- the figure's place in the report's reading order
    noun_phrase   VARCHAR                -- what it counts, in the report's own words (lemmas)
);

-- One row per claim a report's figures make about each other (found by the transform):
-- a whole and its parts, a change and its two levels, a figure stated twice.
CREATE TABLE IF NOT EXISTS fact_claim (
    claim_key          VARCHAR PRIMARY KEY,  -- "<stated_measure_key>:<claim_kind>"
    document_key       VARCHAR NOT NULL REFERENCES dim_document (document_key),
    programme_key      VARCHAR REFERENCES dim_programme (programme_key),  -- NULL: the overview
    claim_kind         VARCHAR NOT NULL,     -- part_whole | change_difference | percent_change | share | rate | repeated_figure
    stated_measure_key VARCHAR NOT NULL REFERENCES fact_measure (measure_key),  -- the whole, the change
    stated_value       DOUBLE NOT NULL,
    sentence           VARCHAR NOT NULL
);

-- One row per figure a claim is made of: its parts, the two levels of a change, or the
-- first mention of a figure stated twice.
CREATE TABLE IF NOT EXISTS fact_claim_term (
    claim_key    VARCHAR NOT NULL REFERENCES fact_claim (claim_key),
    document_key VARCHAR NOT NULL,
    measure_key  VARCHAR NOT NULL REFERENCES fact_measure (measure_key),
    term_role    VARCHAR NOT NULL,           -- part | whole | from | to | change | count | base | first
    term_order   INTEGER NOT NULL,
    PRIMARY KEY (claim_key, term_order)
);

-- One row per data-quality check result; history is kept (no foreign key: the history
-- outlives the versions of the report it checked). One evaluation of one report is one
-- evaluation_id and one checked_at; run_id is the Dagster run that evaluated it.
CREATE TABLE IF NOT EXISTS fact_check_result (
    check_result_key VARCHAR PRIMARY KEY,  -- "<evaluation_id>:<n>"
    evaluation_id    VARCHAR NOT NULL,
    run_id           VARCHAR,              -- NULL: before run ids were recorded, or no run
    check_name   VARCHAR NOT NULL,
    document_key VARCHAR,
    severity     VARCHAR NOT NULL,       -- error | warn
    passed       BOOLEAN NOT NULL,
    observed     VARCHAR,
    expected     VARCHAR,
    message      VARCHAR,
    checked_at   TIMESTAMP NOT NULL,
    claim_key    VARCHAR                 -- the claim checked (fact_claim); NULL: not a claim
);

-- One row per version of a report that a newer version of the same report (same district
-- and year) replaced: what was loaded, when, and what replaced it.
CREATE TABLE IF NOT EXISTS dim_document_history (
    document_key       VARCHAR NOT NULL,
    file_name          VARCHAR NOT NULL,
    sha256             VARCHAR NOT NULL,
    loaded_at          TIMESTAMP NOT NULL,
    replaced_at        TIMESTAMP NOT NULL,
    replaced_by_sha256 VARCHAR NOT NULL,
    replaced_by_file   VARCHAR NOT NULL,
    PRIMARY KEY (document_key, loaded_at)
);
