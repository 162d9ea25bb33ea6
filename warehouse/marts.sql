-- BI views over the star schema. Recreated on every read-write connection, so they always
-- match the code; BI tools read these names: add columns, never rename.

-- One row per figure stated in a report, with every dimension spelled out and where on
-- which page of which file it was read.
CREATE OR REPLACE VIEW mart_measures AS
SELECT
    f.measure_key,
    f.document_key,
    d.file_name,
    da.area_name          AS report_area,      -- the district whose report states it
    dp.period_label       AS report_period,
    f.metric_key          AS metric_code,
    m.metric_name,
    m.catalogued,
    a.area_name,
    a.area_type,
    p.period_label,
    p.start_date          AS period_start,
    p.end_date            AS period_end,
    f.value,
    f.unit,
    f.qualifier,
    pr.row_number         AS programme_row,    -- NULL: the prose overview
    coalesce(pr.activity_title, split_part(pr.activity, chr(10), 1)) AS programme,
    f.page_number,
    f.sentence,
    f.x0, f.top, f.x1, f.bottom,
    a.area_code,                               -- ONS GSS code of a district; else NULL
    f.section,                                 -- overview | activity | expected_outcome | outcome
    f.role,                                    -- level | change | percent_change
    f.direction,                               -- increase | decrease, for a change
    f.compared_measure_key,
    f.period_basis,                            -- stated | report | inferred
    f.noun_phrase                              -- what it counts, in the report's words
FROM fact_measure f
JOIN dim_document d USING (document_key)
JOIN dim_metric m ON m.metric_key = f.metric_key
JOIN dim_area a ON a.area_key = f.area_key
JOIN dim_period p ON p.period_key = f.period_key
LEFT JOIN dim_area da ON da.area_key = d.area_key
LEFT JOIN dim_period dp ON dp.period_key = d.period_key
LEFT JOIN dim_programme pr ON pr.programme_key = f.programme_key;

-- One row per catalogued metric, area and period: the figure the reports give for it.
-- A figure stated more than once (overview and table, or this year's report and next
-- year's "previous year") is one row. When the mentions disagree, nothing is hidden:
-- values_agree is false, min_value and max_value bound them, and `value` is the largest
-- (what it always was); filter on values_agree to see only figures the reports agree on.
CREATE OR REPLACE VIEW mart_metric_by_area_period AS
SELECT
    metric_code,
    any_value(metric_name)                       AS metric_name,
    area_name,
    any_value(area_type)                         AS area_type,
    period_label,
    any_value(period_start)                      AS period_start,
    any_value(unit)                              AS unit,
    max(value)                                   AS value,
    min(value) = max(value)                      AS values_agree,
    string_agg(DISTINCT qualifier, ',' ORDER BY qualifier) AS qualifiers,
    count(*)                                     AS mentions,
    count(DISTINCT document_key)                 AS documents,
    min(value)                                   AS min_value,
    max(value)                                   AS max_value,
    count(DISTINCT value)                        AS distinct_values,
    any_value(area_code)                         AS area_code
FROM mart_measures
WHERE catalogued
GROUP BY metric_code, area_name, period_label;

-- One row per area and period, one column per headline metric (NULL: not stated, or
-- stated with values that disagree: a metric is a concept, and one report may give two
-- figures of it, e.g. hate crime referrals and hate crimes; mart_metric_by_area_period
-- shows them). Metric codes come from transform/concepts.yml; the first columns keep
-- their names from earlier versions (youth_justice_* are now the programme-wide people,
-- children, parents and interventions metrics; hate_marac_referrals is hate_crime).
CREATE OR REPLACE VIEW mart_headline_metrics AS
SELECT
    area_name,
    area_type,
    period_label,
    period_start,
    max(value) FILTER (WHERE metric_code = 'recorded_crime' AND values_agree) AS recorded_crime,
    max(value) FILTER (WHERE metric_code = 'recorded_crime_per_1000_population' AND values_agree) AS crime_rate_per_1000,
    max(value) FILTER (WHERE metric_code = 'asb_incidents' AND values_agree) AS asb_incidents,
    max(value) FILTER (WHERE metric_code = 'hate_crime' AND values_agree) AS hate_marac_referrals,
    max(value) FILTER (WHERE metric_code = 'hate_crime_percent' AND values_agree) AS hate_crime_solved_pct,
    max(value) FILTER (WHERE metric_code = 'interventions' AND values_agree) AS youth_justice_interventions,
    max(value) FILTER (WHERE metric_code = 'people_supported' AND values_agree) AS youth_justice_people,
    max(value) FILTER (WHERE metric_code = 'children_young_people' AND values_agree) AS youth_justice_children,
    max(value) FILTER (WHERE metric_code = 'parents_carers' AND values_agree) AS youth_justice_parents,
    max(value) FILTER (WHERE metric_code = 'reoffending' AND values_agree) AS binary_reoffending_pct,
    max(value) FILTER (WHERE metric_code = 'hate_crime' AND values_agree) AS hate_crime,
    max(value) FILTER (WHERE metric_code = 'domestic_abuse_incidents' AND values_agree) AS domestic_abuse_incidents,
    max(value) FILTER (WHERE metric_code = 'knife_crime' AND values_agree) AS knife_crime,
    max(value) FILTER (WHERE metric_code = 'first_time_entrants' AND values_agree) AS first_time_entrants,
    max(value) FILTER (WHERE metric_code = 'funding' AND values_agree)    AS funding_gbp
FROM mart_metric_by_area_period
GROUP BY area_name, area_type, period_label, period_start;

-- One row per claim a report's figures make (parts and whole, a change and its two
-- levels), with its latest evaluation: whether it held.
CREATE OR REPLACE VIEW mart_claims AS
WITH latest AS (
    SELECT claim_key, passed, observed, expected, message, checked_at,
           row_number() OVER (PARTITION BY claim_key ORDER BY checked_at DESC) AS n
    FROM fact_check_result
    WHERE claim_key IS NOT NULL
)
SELECT
    c.claim_key,
    c.document_key,
    d.file_name,
    c.programme_key,
    c.claim_kind,
    c.stated_value,
    l.expected,
    l.passed              AS held,
    l.message,
    c.sentence,
    l.checked_at
FROM fact_claim c
JOIN dim_document d USING (document_key)
LEFT JOIN latest l ON l.claim_key = c.claim_key AND l.n = 1;

-- One row per figure the catalog did not recognise, grouped by the name it was given:
-- the worklist for growing transform/concepts.yml.
CREATE OR REPLACE VIEW mart_uncatalogued AS
SELECT
    metric_code,
    count(*)                           AS figures,
    count(DISTINCT document_key)       AS documents,
    min(sentence)                      AS example_sentence
FROM mart_measures
WHERE NOT catalogued
GROUP BY metric_code;
