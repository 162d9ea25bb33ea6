-- The warehouse schema before keys were declared (schema 1), to test the upgrade.

-- One row per place a figure is about (a district, the county, a country).
CREATE TABLE IF NOT EXISTS dim_area (
    area_key   VARCHAR PRIMARY KEY,
    area_name  VARCHAR NOT NULL,
    area_type  VARCHAR NOT NULL          -- district | county | country
);

-- One row per financial year ("2018/19" = 2018-04-01 to 2019-03-31).
CREATE TABLE IF NOT EXISTS dim_period (
    period_key   VARCHAR PRIMARY KEY,    -- "2018-19"
    period_label VARCHAR NOT NULL,       -- "2018/19"
    start_date   DATE NOT NULL,
    end_date     DATE NOT NULL
);

-- One row per thing a figure measures; uncatalogued ones are named from the text.
CREATE TABLE IF NOT EXISTS dim_metric (
    metric_key  VARCHAR PRIMARY KEY,
    metric_code VARCHAR NOT NULL,
    metric_name VARCHAR NOT NULL,
    unit        VARCHAR,
    catalogued  BOOLEAN NOT NULL         -- false: named from the figure's own noun phrase
);

-- One row per report loaded.
CREATE TABLE IF NOT EXISTS dim_document (
    document_key VARCHAR NOT NULL,       -- stable id from the file name
    file_name    VARCHAR NOT NULL,
    sha256       VARCHAR NOT NULL,
    title        VARCHAR,
    area_key     VARCHAR,                -- NULL when the report names no district
    period_key   VARCHAR,                -- NULL when the report names no year
    page_count   INTEGER NOT NULL,
    loaded_at    TIMESTAMP NOT NULL
);

-- One row per row of a report's funded-programmes table, in table order.
CREATE TABLE IF NOT EXISTS dim_programme (
    programme_key     VARCHAR NOT NULL,  -- "<document_key>:<row_number>"
    document_key      VARCHAR NOT NULL,
    row_number        INTEGER NOT NULL,
    activity          VARCHAR,           -- paragraphs joined by a newline
    activity_title    VARCHAR,           -- the bold first line of the Activity cell
    expected_outcomes VARCHAR,
    outcomes          VARCHAR,
    page_first        INTEGER,
    page_last         INTEGER
);

-- One row per figure a report states as a measure.
CREATE TABLE IF NOT EXISTS fact_measure (
    measure_key   VARCHAR NOT NULL,
    document_key  VARCHAR NOT NULL,
    programme_key VARCHAR,               -- NULL for the prose overview
    metric_key    VARCHAR NOT NULL,
    area_key      VARCHAR NOT NULL,
    period_key    VARCHAR NOT NULL,
    value         DOUBLE NOT NULL,       -- percentages as printed: 30 for "30%"
    unit          VARCHAR NOT NULL,
    qualifier     VARCHAR NOT NULL,      -- exact | more_than | less_than | approximately | average
    page_number   INTEGER NOT NULL,
    sentence      VARCHAR NOT NULL,
    x0 DOUBLE, top DOUBLE, x1 DOUBLE, bottom DOUBLE   -- the figure on the page, in points
);

-- One row per data-quality check evaluation; history is kept.
CREATE TABLE IF NOT EXISTS fact_check_result (
    check_name   VARCHAR NOT NULL,
    document_key VARCHAR,
    severity     VARCHAR NOT NULL,       -- error | warn
    passed       BOOLEAN NOT NULL,
    observed     VARCHAR,
    expected     VARCHAR,
    message      VARCHAR,
    checked_at   TIMESTAMP NOT NULL
);
