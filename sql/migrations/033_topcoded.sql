-- 033: BLS top-coded wages: which published figures are "at least $239,200" rather than unknown (v_figures.topcoded, topcoded_at_least).
--
-- In May 2024 BLS printed annual wages of $239,200 or more as '#' (top-coded);
-- sql/data keeps them as empty cells, so a report showed such a percentile blank,
-- like one BLS did not publish at all. Where a cell is known to be top-coded it is
-- now marked, and shown as "≥ $239,200" (HTML) or null plus its name in `topcoded`
-- and `topcoded_at_least` (JSON, CSV). Which cells:
--   * national file: the columns in topcoded_fields, as BLS marked them;
--   * state file (the intermediary dropped the symbols): an empty May 2024 a_pct75 or
--     a_pct90 beside a published median, where the same cell's May 2025 value (BLS
--     no longer top-codes) is $239,200 or more. The other empty cells (e.g. Software
--     Quality Assurance Analysts in New Mexico, p90, May 2025 $160,430) stay "not
--     published": payband does not call a cell top-coded without that evidence.
-- Only figures copied from BLS carry the mark; a derived figure (008's scaled state
-- figures, 012's metros) leaves a percentile it cannot derive empty, as before.

alter table sources add column topcode_annual integer check (topcode_annual > 0);
comment on column sources.topcode_annual is 'Annual wage at or above which the source prints no figure (BLS OEWS May 2024: 239,200); NULL when it top-codes nothing.';
update sources set topcode_annual = 239200 where slug = 'bls-oews-2024';

alter table oews_wages add column topcoded text[] not null default '{}'
    check (topcoded <@ array['mean', 'median', 'p10', 'p25', 'p75', 'p90']);
comment on column oews_wages.topcoded is 'Annual figures BLS top-coded (figure names: mean, median, p10, p25, p75, p90), empty in the CSV: from topcoded_fields for the national file, inferred for the state file (migration 033).';

-- national: BLS's own marks (annual columns only)
update oews_wages w set topcoded = array(
    select m.name from (values ('a_mean', 'mean', 1), ('a_median', 'median', 2), ('a_pct10', 'p10', 3),
                               ('a_pct25', 'p25', 4), ('a_pct75', 'p75', 5), ('a_pct90', 'p90', 6)) m(col, name, ord)
    where m.col = any (string_to_array(w.topcoded_fields, ';'))
    order by m.ord)
where w.topcoded_fields is not null;

-- states, May 2024: empty p75/p90 beside a median, May 2025 value at or above the top-code
update oews_wages w set topcoded = array_remove(array[
        case when w.a_pct75 is null and n.a_pct75 >= s.topcode_annual then 'p75' end,
        case when w.a_pct90 is null and n.a_pct90 >= s.topcode_annual then 'p90' end], null)
from regions g, sources s, oews_wages n, sources ns
where g.id = w.region_id and g.kind = 'state' and s.id = w.source_id and s.slug = 'bls-oews-2024'
  and ns.slug = 'bls-oews-2025' and n.source_id = ns.id and n.soc_code = w.soc_code and n.region_id = w.region_id
  and w.a_median is not null and (w.a_pct75 is null or w.a_pct90 is null);

comment on column oews_wages.topcoded_fields is 'National file only: columns BLS printed as # (>= $239,200/year in May 2024). See topcoded for both files.';

alter table market_figures add column topcoded text[] not null default '{}'
    check (topcoded <@ array['mean', 'median', 'p10', 'p25', 'p75', 'p90']);
comment on column market_figures.topcoded is 'Figures (mean, median, p10, p25, p75, p90) that are empty because the source top-coded them (at sources.topcode_annual or more), not because it published nothing.';

-- figures copied from a BLS estimate (003, 008 steps 1 and 3): the same numbers,
-- same occupation, region and source
update market_figures f set topcoded = w.topcoded
from roles r, oews_wages w
where r.id = f.role_id and w.soc_code = r.soc_code and w.region_id = f.region_id and w.source_id = f.source_id
  and cardinality(w.topcoded) > 0
  and (f.mean, f.median, f.p10, f.p25, f.p75, f.p90)
      is not distinct from (w.a_mean, w.a_median, w.a_pct10, w.a_pct25, w.a_pct75, w.a_pct90);

do $$
declare
    bad text;
begin
    -- a top-coded figure is empty, and only a source with a top-code has any
    select string_agg(distinct f.id::text, ', ') into bad
    from market_figures f
    join sources s on s.id = f.source_id
    cross join unnest(f.topcoded) t(name)
    where s.topcode_annual is null
       or (t.name = 'mean' and f.mean is not null) or (t.name = 'median' and f.median is not null)
       or (t.name = 'p10' and f.p10 is not null) or (t.name = 'p25' and f.p25 is not null)
       or (t.name = 'p75' and f.p75 is not null) or (t.name = 'p90' and f.p90 is not null);
    if bad is not null then
        raise exception 'topcoded: market figures % mark a published value or a source without a top-code', bad;
    end if;
    -- the cells the tests and the data README name
    if (select w.topcoded from oews_wages w join regions g on g.id = w.region_id
        where g.slug = 'us-ca' and w.soc_code = '15-1252' and w.year = 2024) <> array['p90']
       or (select w.topcoded from oews_wages w join regions g on g.id = w.region_id
           where g.slug = 'us' and w.soc_code = '11-3021' and w.year = 2024) <> array['p90']
       or (select w.topcoded from oews_wages w join regions g on g.id = w.region_id
           where g.slug = 'us-nm' and w.soc_code = '15-1253' and w.year = 2024) <> '{}' then
        raise exception 'topcoded: the reference cells are not marked as expected';
    end if;
end $$;

-- Contract 3, extended at the end.
create or replace view v_figures as
select r.slug::text as role_slug, g.slug::text as region_slug, f.rank::integer as rank,
       s.publisher, s.title as source_title, s.url as source_url, s.license, s.vintage,
       f.mean, f.median, f.p10, f.p25, f.p75, f.p90,
       f.employment, f.location_quotient, f.jobs_per_1000, f.data_points,
       f.projection, f.projection_method, f.derivation,
       o.title as occupation_title, o.soc_code,
       es.publisher as employment_publisher, es.title as employment_source_title,
       es.vintage as employment_vintage, es.citation as employment_citation,
       f.topcoded, case when cardinality(f.topcoded) > 0 then s.topcode_annual end as topcoded_at_least
from market_figures f
join roles r on r.id = f.role_id
join regions g on g.id = f.region_id
join sources s on s.id = f.source_id
join occupations o on o.soc_code = r.soc_code
left join sources es on es.id = f.employment_source_id;
comment on view v_figures is 'Contract 3: market figures per role x region; rank 1 = the primary figure. employment_* name the source of employment, location quotient and jobs per 1,000 (NULL when the row has none); topcoded lists the figures the source top-coded (empty here, at least topcoded_at_least).';
